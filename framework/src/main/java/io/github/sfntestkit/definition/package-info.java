/**
 * State machine definitions: the problems found when loading or validating an Amazon States Language
 * definition, reported all at once the way AWS rejects a definition at create time.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntestkit.definition;

import org.apiguardian.api.API;

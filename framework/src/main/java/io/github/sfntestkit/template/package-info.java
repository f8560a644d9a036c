/**
 * Loading state machine definitions from the templates that deploy them: AWS SAM and
 * CloudFormation templates (YAML with short-form tags such as {@code !Sub}, or JSON) and CDK synth
 * output ({@code cdk.out/*.template.json}).
 *
 * <pre>{@code
 * Template template = Template.load(Path.of("template.yaml"))
 *     .withParameter("Stage", "test");
 * StateMachine sm = StateMachine.fromTemplate(template, "OrderStateMachine");
 * }</pre>
 *
 * <p>Intrinsic functions are resolved offline with synthetic, AWS-shaped values (see {@link
 * io.github.sfntestkit.template.Template}); anything that cannot be known without a deployed stack
 * is reported with the way to supply it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
package io.github.sfntestkit.template;

import org.apiguardian.api.API;

package io.github.sfntestkit.internal.jsonata;

import static io.github.sfntestkit.internal.jsonata.Fixtures.json;
import static io.github.sfntestkit.internal.jsonata.Fixtures.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.internal.json.Json;
import io.github.sfntestkit.internal.path.Scope;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompileOnceTest {

  @Test
  void should_reuse_one_compiled_template_across_scopes() {
    JsonataTemplate t = Jsonata.compile("Output", json("{\"twice\":\"{% $states.input.n * 2 %}\"}"));

    for (int n = 0; n < 1000; n++) {
      assertThat(Json.write(t.evaluate(scope("{\"n\":" + n + "}")))).isEqualTo("{\"twice\":" + 2 * n + "}");
    }
  }

  @Test
  void should_not_leak_variables_or_bindings_between_evaluations() {
    JsonataTemplate t = Jsonata.compile("Output", json("\"{% $exists($v) ? $v : 'none' %}\""));
    Scope with = scope("{}", Map.of("v", "\"set\""), 1L);

    assertThat(Json.write(t.evaluate(with))).isEqualTo("\"set\"");
    assertThat(Json.write(t.evaluate(scope("{}")))).isEqualTo("\"none\"");
  }

  @Test
  void should_bind_only_the_variables_an_expression_mentions() {
    JsonataTemplate t = Jsonata.compile("Output", json("\"{% $a %}\""));
    Scope many = scope("{}", Map.of("a", "1", "b", "{\"huge\":[1,2,3]}", "states", "\"shadow\""), 1L);

    assertThat(Json.write(t.evaluate(many))).isEqualTo("1");
  }
}

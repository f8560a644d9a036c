package io.github.sfntestkit.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfntestkit.definition.DefinitionException;
import io.github.sfntestkit.definition.DefinitionProblem;
import io.github.sfntestkit.internal.load.DefinitionLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report layout of STYLE.md section 8. */
class DefinitionReportTest {

  @Test
  void should_format_every_problem_in_document_order() {
    String json =
        "{\n"
            + "  \"StartAt\": \"ChargeCard\",\n"
            + "  \"States\": {\n"
            + "    \"ChargeCard\": {\n"
            + "      \"Type\": \"Task\", \"Resource\": \"arn:x\", \"Next\": \"Ship\",\n"
            + "      \"Retry\": [{\"ErrorEquals\": [\"States.ALL\", \"Lambda.ServiceException\"]}, {\"ErrorEquals\": [\"X\"]}]\n"
            + "    },\n"
            + "    \"Ship\": {\"Type\": \"Pass\", \"Next\": \"ShipOrder\"},\n"
            + "    \"Notify\": {\"Type\": \"Task\", \"Resource\": \"arn:x\", \"ResultsPath\": \"$.r\", \"Next\": \"Done\"},\n"
            + "    \"Done\": {\"Type\": \"Succeed\"}\n"
            + "  }\n"
            + "}\n";

    assertThatThrownBy(
            () -> DefinitionValidator.requireValid(DefinitionLoader.load(json, "orders.asl.json")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            "Invalid state machine definition (orders.asl.json): 5 problems\n"
                + "  State \"ChargeCard\" at /States/ChargeCard/Retry/0/ErrorEquals (line 6, column 33)\n"
                + "    \"States.ALL\" must be the only name in the last Retrier; here it is in Retrier 1 of 2, next to \"Lambda.ServiceException\".\n"
                + "  State \"Ship\" at /States/Ship/Next (line 8, column 38)\n"
                + "    \"Next\" names no state: \"ShipOrder\". Expected one of: \"ChargeCard\", \"Notify\", \"Done\".\n"
                + "  State \"Notify\" at /States/Notify (line 9, column 15)\n"
                + "    unreachable state: no transition leads here from the start state \"ChargeCard\".\n"
                + "  State \"Notify\" at /States/Notify/ResultsPath (line 9, column 68)\n"
                + "    unknown field \"ResultsPath\" for a Task state. Did you mean \"ResultPath\"?\n"
                + "  State \"Done\" at /States/Done (line 10, column 13)\n"
                + "    unreachable state: no transition leads here from the start state \"ChargeCard\".");
  }

  @Test
  void should_show_the_chain_of_nested_states() {
    String json =
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Parallel\",\"End\":true,\"Branches\":[{\"StartAt\":\"ProcessItems\",\"States\":{"
            + "\"ProcessItems\":{\"Type\":\"Map\",\"End\":true,\"ItemProcessor\":{\"StartAt\":\"Validate\",\"States\":{"
            + "\"Validate\":{\"Type\":\"Pass\",\"Next\":\"Nope\"},\"Done\":{\"Type\":\"Succeed\"}}}}}}]}}}";

    List<DefinitionProblem> problems = V.problems(json);

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).stateChain()).containsExactly("P", "ProcessItems", "Validate");
    assertThat(problems.get(0).where())
        .isEqualTo(
            "Parallel \"P\" \u203a Map \"ProcessItems\" \u203a \"Validate\" at /States/P/Branches/0/States/ProcessItems/ItemProcessor/States/Validate/Next (line 1, column 229)");
  }

  @Test
  void should_format_a_problem_without_location_or_state() {
    DefinitionProblem p = new DefinitionProblem(List.of(), "", -1, 7, "bad.");

    assertThat(p.where()).isEqualTo("State machine");
    assertThat(p.column()).isEqualTo(-1);
    assertThat(p.format()).isEqualTo("State machine\n  bad.");
    assertThat(p).hasToString("State machine: bad.");
    assertThat(new DefinitionException("x", List.of(p)).problems()).containsExactly(p);
  }

  @Test
  void should_quote_state_names_as_json() {
    DefinitionProblem p = new DefinitionProblem(List.of("say \"hi\""), "/States/say \"hi\"", 2, 3, "m");

    assertThat(p.where()).isEqualTo("State \"say \\\"hi\\\"\" at /States/say \"hi\" (line 2, column 3)");
  }
}

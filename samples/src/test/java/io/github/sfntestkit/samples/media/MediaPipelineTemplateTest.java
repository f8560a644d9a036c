package io.github.sfntestkit.samples.media;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.template.Template;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The media pipeline as deployed: the template fills the ASL file's {@code ${...}} placeholders with
 * its functions' ARNs and its event bus, so mocks can match the functions by name.
 */
@StateMachineTest(template = "media-pipeline/template.yaml", logicalId = "MediaPipelineStateMachine")
class MediaPipelineTemplateTest {

  @Test
  void should_deploy_the_asl_file_with_the_template_s_functions_and_event_bus() {
    // WHEN
    Template template = Template.load(Path.of("media-pipeline/template.yaml"));
    // THEN
    assertThat(template.definition("MediaPipelineStateMachine")).isEqualTo(SampleFiles.substituted(
        "media-pipeline/media.asl.json", Map.of(
            "ProbeVideoFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:probe-video",
            "TranscodeFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:transcode-rendition",
            "ThumbnailsFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:make-thumbnails",
            "MediaEventBusName", "media-events")));
  }

  @Test
  void should_process_a_video_with_mocks_by_function_name(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN
    mocks.lambda("probe-video").returnsPayload("{\"durationSeconds\": 60, \"height\": 720}");
    mocks.lambda("transcode-rendition").handledBy(payload -> SampleFiles.json(
        "{\"name\": \"" + payload.at("/rendition/name").textValue() + "\", \"key\": \"k\"}"));
    mocks.lambda("make-thumbnails").returnsPayload("{\"keys\": [\"t.jpg\"]}");
    mocks.resource("arn:aws:states:::events:putEvents").returnsPayload("{}");
    // WHEN
    ExecutionResult result = sfn.run("""
        {"videoId": "v-1", "source": "s3://media-uploads/v-1.mov", "renditions": [{"name": "720p"}]}""");
    // THEN
    assertThat(result).succeeded().outputAt("$.outputs.renditions[0].name").hasText("720p");
    assertThat(result).calls(mocks, "PublishMediaReady").call(1)
        .hasInputContaining("{\"Entries\": [{\"EventBusName\": \"media-events\"}]}");
  }
}

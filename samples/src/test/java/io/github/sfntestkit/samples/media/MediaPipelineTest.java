package io.github.sfntestkit.samples.media;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static io.github.sfntestkit.samples.SampleFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateVisit;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.RecordedCall;
import io.github.sfntestkit.mock.TaskResponse;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.time.VirtualClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The media pipeline: {@code ProbeVideo}, then a Parallel state whose first branch maps
 * {@code Transcode} over the renditions (two at a time) while the second makes thumbnails, then an
 * EventBridge event. Latencies are virtual, so the tests can check how long the fan-out takes.
 */
@StateMachineTest("media-pipeline/media.asl.json")
class MediaPipelineTest {

  static final String VIDEO = SampleFiles.text("media-pipeline/input.json");

  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;
  @SfnInject VirtualClock clock;

  @BeforeEach
  void every_function_answers() {
    mocks.task("ProbeVideo").returnsPayload("{\"durationSeconds\": 754, \"height\": 2160}");
    // the transcoder answers for the rendition it was given, like the real function would
    mocks.task("Transcode").handledBy(payload -> json("""
        {"name": "%1$s", "key": "renditions/v-42/%1$s.mp4"}""".formatted(payload.at("/rendition/name").textValue())));
    mocks.task("MakeThumbnails")
        .returnsPayload("{\"keys\": [\"thumbs/v-42/1.jpg\", \"thumbs/v-42/2.jpg\", \"thumbs/v-42/3.jpg\"]}");
    mocks.task("PublishMediaReady").returnsPayload("{}");
  }

  @Test
  void should_transcode_every_rendition_and_make_thumbnails_then_announce_the_video() {
    // WHEN
    ExecutionResult result = sfn.run(VIDEO);
    // THEN
    assertThat(result).succeeded().outputAt("$.outputs").isEqualTo("""
        {"renditions": [{"name": "1080p", "key": "renditions/v-42/1080p.mp4"},
                        {"name": "720p", "key": "renditions/v-42/720p.mp4"},
                        {"name": "480p", "key": "renditions/v-42/480p.mp4"}],
         "thumbnails": ["thumbs/v-42/1.jpg", "thumbs/v-42/2.jpg", "thumbs/v-42/3.jpg"]}""");
    assertThat(result).state("Transcode").wasEnteredTimes(3);
    assertThat(result).calls(mocks, "PublishMediaReady").call(1).hasInputContaining("""
        {"Entries": [{"EventBusName": "${MediaEventBusName}", "Source": "media.pipeline", "DetailType": "MediaReady",
                      "Detail": {"videoId": "v-42",
                                 "thumbnails": ["thumbs/v-42/1.jpg", "thumbs/v-42/2.jpg", "thumbs/v-42/3.jpg"]}}]}""");
  }

  @Test
  void should_give_each_map_iteration_the_video_and_one_rendition() {
    // WHEN
    ExecutionResult result = sfn.run(VIDEO);
    // THEN: ItemSelector combines the Map's input with $$.Map.Item.Value. Iterations run
    // concurrently (MaxConcurrency 2), so the calls' order is not the renditions' order
    assertThat(mocks.calls("Transcode")).extracting(call -> call.input().at("/Payload/rendition/name").textValue())
        .containsExactlyInAnyOrder("1080p", "720p", "480p");
    assertThat(mocks.calls("Transcode"))
        .filteredOn(call -> call.input().at("/Payload/rendition/name").asText().equals("720p"))
        .singleElement().extracting(RecordedCall::input).isEqualTo(json("""
            {"FunctionName": "${TranscodeFunctionArn}",
             "Payload": {"videoId": "v-42", "source": "s3://media-uploads/v-42.mov",
                         "rendition": {"name": "720p", "height": 720, "bitrateKbps": 3500}}}"""));
    // the Map's result keeps the order of the renditions
    assertThat(result).outputAt("$.outputs.renditions[2].name").hasText("480p");
    assertThat(result).calls(mocks, "MakeThumbnails").call(1).hasInput("""
        {"FunctionName": "${ThumbnailsFunctionArn}",
         "Payload": {"videoId": "v-42", "source": "s3://media-uploads/v-42.mov", "count": 3}}""");
  }

  @Test
  void should_transcode_two_renditions_at_a_time_while_the_thumbnails_are_made() {
    // GIVEN: every transcode takes 10 minutes, the thumbnails 2 minutes
    mocks.task("Transcode").answers(call -> {
      String rendition = call.input().at("/Payload/rendition/name").textValue();
      return TaskResponse.success(json("{\"Payload\": {\"name\": \"" + rendition + "\", \"key\": \"k\"}}"))
          .after(Duration.ofMinutes(10));
    });
    mocks.task("MakeThumbnails").returnsPayload("{\"keys\": []}").after(Duration.ofMinutes(2));
    // WHEN
    ExecutionResult result = sfn.run(VIDEO);
    // THEN: MaxConcurrency 2: the third rendition starts when the first is done
    assertThat(mocks.calls("Transcode")).extracting(RecordedCall::time)
        .containsExactly(clock.start(), clock.start(), clock.at(Duration.ofMinutes(10)));
    assertThat(mocks.calls("MakeThumbnails").get(0).time()).isEqualTo(clock.start());
    // the Parallel state lasts as long as its slowest branch
    assertThat(result).succeeded().tookExactly(Duration.ofMinutes(20));
    assertThat(mocks.calls("PublishMediaReady").get(0).time()).isEqualTo(clock.at(Duration.ofMinutes(20)));
  }

  @Test
  void should_retry_a_rendition_whose_transcoder_failed_once() {
    // GIVEN: the second Transcode call fails with a Lambda service error
    mocks.inject(Failure.error("Lambda.ServiceException", "internal error")).into("Transcode").onCall(2);
    // WHEN
    ExecutionResult result = sfn.run(VIDEO);
    // THEN
    assertThat(result).succeeded();
    assertThat(mocks.calls("Transcode")).hasSize(4);
    assertThat(result.visits()).filteredOn(visit -> visit.name().equals("Transcode"))
        .extracting(StateVisit::retries).containsExactlyInAnyOrder(0, 1, 0);
    assertThat(result).outputAt("$.outputs.renditions[1].name").hasText("720p");
  }

  @Test
  void should_fail_the_video_when_a_rendition_cannot_be_transcoded() {
    // GIVEN: the 480p rendition uses a codec the transcoder refuses
    mocks.task("Transcode").answers(call -> {
      String rendition = call.input().at("/Payload/rendition/name").textValue();
      return rendition.equals("480p")
          ? TaskResponse.failure("Transcode.UnsupportedCodec", "480p needs a codec the transcoder lacks")
          : TaskResponse.success(json("{\"Payload\": {\"name\": \"" + rendition + "\", \"key\": \"k\"}}"));
    });
    // WHEN
    ExecutionResult result = sfn.run(VIDEO);
    // THEN: the Map fails, so does its branch and the Parallel state, whose Catch ends the execution
    assertThat(result).failedWith("Media.ProcessingFailed").withCause("480p needs a codec the transcoder lacks");
    assertThat(result).state("ProcessVideo").caught("Transcode.UnsupportedCodec").wentTo("ProcessingFailed");
    assertThat(result).state("Transcode").retries().isZero();
    assertThat(mocks.calls("PublishMediaReady")).isEmpty();
  }

  @Test
  void should_refuse_a_video_longer_than_four_hours_before_transcoding() {
    // GIVEN
    mocks.task("ProbeVideo").returnsPayload("{\"durationSeconds\": 18000, \"height\": 1080}");
    // WHEN
    ExecutionResult result = sfn.run(VIDEO);
    // THEN
    assertThat(result).failedWith("Media.TooLong");
    assertThat(result).path().containsExactly("ProbeVideo", "CheckDuration", "TooLong");
    assertThat(mocks.calls()).extracting(RecordedCall::stateName).containsExactly("ProbeVideo");
  }

  @Test
  void should_produce_no_renditions_for_an_empty_list() {
    // GIVEN
    JsonNode video = json(VIDEO);
    ((ObjectNode) video).putArray("renditions");
    // WHEN
    ExecutionResult result = sfn.run(video);
    // THEN
    assertThat(result).succeeded().outputAt("$.outputs.renditions").isEqualTo("[]");
    assertThat(mocks.calls("Transcode")).isEmpty();
    assertThat(mocks.calls("MakeThumbnails")).hasSize(1);
  }
}

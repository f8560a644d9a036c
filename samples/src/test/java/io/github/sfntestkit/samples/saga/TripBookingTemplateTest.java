package io.github.sfntestkit.samples.saga;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static io.github.sfntestkit.samples.SampleFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.ExecutionOptions;
import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.StateMachine;
import io.github.sfntestkit.junit.FailureScenarios;
import io.github.sfntestkit.junit.FailureScenarios.Invariant;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Failure;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.samples.SampleFiles;
import io.github.sfntestkit.template.Template;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The saga as deployed from {@code saga/template.yaml}, against an in-memory stand-in for the booking
 * services, and the saga's promise checked under every failure: a trip that fails leaves no booking.
 */
@StateMachineTest(template = "saga/template.yaml", logicalId = "TripBookingStateMachine")
class TripBookingTemplateTest {

  static final String TRIP = SampleFiles.text("saga/input.json");

  /** An in-memory stand-in for the three booking services: it knows which bookings are live. */
  static final class Bookings {
    final Set<String> live = new LinkedHashSet<>();
    private int next = 100;

    JsonNode book(String kind) {
      String id = kind + "-" + next++;
      live.add(id);
      return json("{\"bookingId\": \"" + id + "\"}");
    }

    JsonNode cancel(JsonNode payload) {
      live.remove(payload.get("bookingId").textValue());
      return json("{}");
    }

    /** Every function of the template, answered by this stand-in. */
    Mocks mocks() {
      Mocks mocks = Mocks.create();
      mocks.lambda("book-hotel").handledBy(payload -> book("hotel"));
      mocks.lambda("book-flight").handledBy(payload -> book("flight"));
      mocks.lambda("book-car").handledBy(payload -> book("car"));
      mocks.lambda("cancel-flight").handledBy(this::cancel);
      mocks.lambda("cancel-hotel").handledBy(this::cancel);
      mocks.resource("arn:aws:states:::sns:publish").returnsPayload("{}");
      return mocks;
    }
  }

  @Test
  void should_deploy_the_asl_file_with_the_template_s_functions() {
    // WHEN
    Template template = Template.load(Path.of("saga/template.yaml"));
    // THEN
    String functions = "arn:aws:lambda:us-east-1:123456789012:function:";
    assertThat(template.definition("TripBookingStateMachine")).isEqualTo(SampleFiles.substituted(
        "saga/saga.asl.json", Map.of(
            "BookHotelFunctionArn", functions + "book-hotel",
            "BookFlightFunctionArn", functions + "book-flight",
            "BookCarFunctionArn", functions + "book-car",
            "CancelFlightFunctionArn", functions + "cancel-flight",
            "CancelHotelFunctionArn", functions + "cancel-hotel",
            "TripTopicArn", "arn:aws:sns:us-east-1:123456789012:trip-confirmations")));
  }

  @Test
  void should_keep_all_three_bookings_of_a_confirmed_trip(StateMachine machine, ExecutionOptions options) {
    // GIVEN
    Bookings bookings = new Bookings();
    // WHEN
    ExecutionResult result = machine.execute(TRIP, options.withIntegration(bookings.mocks()));
    // THEN
    assertThat(result).succeeded();
    assertThat(bookings.live).containsExactly("hotel-100", "flight-101", "car-102");
  }

  @Test
  void should_leave_no_booking_behind_when_the_car_cannot_be_booked(StateMachine machine, ExecutionOptions options) {
    // GIVEN
    Bookings bookings = new Bookings();
    Mocks mocks = bookings.mocks();
    mocks.task("BookCar").throwsError("Booking.Unavailable", "no cars left");
    // WHEN
    ExecutionResult result = machine.execute(TRIP, options.withIntegration(mocks));
    // THEN
    assertThat(result).failedWith("Trip.BookingFailed").withCause("no cars left");
    assertThat(bookings.live).isEmpty();
  }

  @Test
  void should_confirm_the_trip_on_the_template_s_topic(Mocks mocks, StateMachineRunner sfn) {
    // GIVEN: the runner's mocks are this test's; match the functions by name
    mocks.lambda("book-hotel").returnsPayload("{\"bookingId\": \"H-1\"}");
    mocks.lambda("book-flight").returnsPayload("{\"bookingId\": \"F-1\"}");
    mocks.lambda("book-car").returnsPayload("{\"bookingId\": \"C-1\"}");
    mocks.task("ConfirmTrip").returnsPayload("{}");
    // WHEN
    ExecutionResult result = sfn.run(TRIP);
    // THEN
    assertThat(result).succeeded().calls(mocks, "ConfirmTrip").call(1).input().at("$.TopicArn")
        .hasText("arn:aws:sns:us-east-1:123456789012:trip-confirmations");
  }

  /**
   * Every Task state of the happy path fails on its first call, with an error and with a timeout.
   * Whatever the failure, a trip that did not succeed has cancelled every booking it made.
   */
  @TestFactory
  Stream<DynamicTest> a_failed_trip_leaves_no_booking(StateMachine machine, ExecutionOptions options) {
    return FailureScenarios.of(machine, TRIP, () -> new Bookings().mocks(),
            List.of(Failure.error("Booking.Unavailable", "sold out"), Failure.timeout()))
        .withOptions(options)
        .check(Invariant.that("every booking made is cancelled when the trip fails",
            TripBookingTemplateTest::noBookingLeftUnlessBooked));
  }

  /** For each {@code BookX} state that completed, {@code CancelX} completed too, unless the trip succeeded. */
  static boolean noBookingLeftUnlessBooked(ExecutionResult result) {
    return result.succeeded() || Stream.of("Hotel", "Flight", "Car")
        .noneMatch(kind -> completed(result, "Book" + kind) && !completed(result, "Cancel" + kind));
  }

  private static boolean completed(ExecutionResult result, String state) {
    return result.visits().stream().anyMatch(visit -> visit.name().equals(state)
        && visit.error() == null && visit.output() != null);
  }
}

package io.github.sfntestkit.samples.saga;

import static io.github.sfntestkit.assertj.StateMachineAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfntestkit.ExecutionResult;
import io.github.sfntestkit.junit.SfnInject;
import io.github.sfntestkit.junit.StateMachineRunner;
import io.github.sfntestkit.junit.StateMachineTest;
import io.github.sfntestkit.mock.Mocks;
import io.github.sfntestkit.mock.RecordedCall;
import io.github.sfntestkit.samples.SampleFiles;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The travel booking saga: {@code BookHotel} → {@code BookFlight} → {@code BookCar} →
 * {@code ConfirmTrip}. Each booking's Catch starts the compensation of the bookings made before it,
 * in reverse order ({@code CancelFlight} → {@code CancelHotel}), and the trip fails.
 */
@StateMachineTest("saga/saga.asl.json")
class TripBookingSagaTest {

  static final String TRIP = SampleFiles.text("saga/input.json");

  @SfnInject Mocks mocks;
  @SfnInject StateMachineRunner sfn;

  @BeforeEach
  void every_booking_succeeds() {
    mocks.task("BookHotel").returnsPayload("{\"bookingId\": \"H-100\"}");
    mocks.task("BookFlight").returnsPayload("{\"bookingId\": \"F-200\"}");
    mocks.task("BookCar").returnsPayload("{\"bookingId\": \"C-300\"}");
    mocks.task("ConfirmTrip").returnsPayload("{}");
    mocks.task("CancelFlight").returnsPayload("{}");
    mocks.task("CancelHotel").returnsPayload("{}");
  }

  @Test
  void should_book_everything_and_confirm_the_trip() {
    // WHEN
    ExecutionResult result = sfn.run(TRIP);
    // THEN
    assertThat(result).succeeded()
        .path().containsExactly("BookHotel", "BookFlight", "BookCar", "ConfirmTrip", "TripBooked");
    assertThat(result).outputAt("$.bookings").isEqualTo("""
        {"hotel": {"bookingId": "H-100"}, "flight": {"bookingId": "F-200"}, "car": {"bookingId": "C-300"}}""");
    assertThat(result).calls(mocks, "ConfirmTrip").call(1).hasInput("""
        {"TopicArn": "${TripTopicArn}",
         "Message": {"tripId": "trip-7", "hotel": "H-100", "flight": "F-200", "car": "C-300"}}""");
    assertThat(result).neverVisited("CancelFlight", "CancelHotel", "BookingFailed");
  }

  @ParameterizedTest(name = "{0} fails: compensations [{1}]")
  @CsvSource({
      "BookHotel,  ''",
      "BookFlight, CancelHotel",
      "BookCar,    CancelFlight CancelHotel"})
  void should_cancel_the_bookings_already_made_in_reverse_order(String failingStep, String compensations) {
    // GIVEN
    mocks.task(failingStep).throwsError("Booking.Unavailable", "no availability for trip-7");
    // WHEN
    ExecutionResult result = sfn.run(TRIP);
    // THEN
    List<String> expected = compensations.isEmpty() ? List.of() : Arrays.asList(compensations.split(" "));
    assertThat(result).failedWith("Trip.BookingFailed").withCause("no availability for trip-7");
    assertThat(result).state(failingStep).caught("Booking.Unavailable");
    assertThat(mocks.calls()).extracting(RecordedCall::stateName)
        .filteredOn(state -> state.startsWith("Cancel"))
        .containsExactlyElementsOf(expected);
    assertThat(result).neverVisited("ConfirmTrip");
  }

  @Test
  void should_cancel_each_booking_by_the_id_its_service_returned() {
    // GIVEN
    mocks.task("BookCar").throwsError("Booking.Unavailable", "no cars left");
    // WHEN
    ExecutionResult result = sfn.run(TRIP);
    // THEN
    assertThat(result).path().containsExactly("BookHotel", "BookFlight", "BookCar", "CancelFlight", "CancelHotel",
        "BookingFailed");
    assertThat(result).calls(mocks, "CancelFlight").hasSize(1).call(1)
        .hasInput("""
            {"FunctionName": "${CancelFlightFunctionArn}", "Payload": {"tripId": "trip-7", "bookingId": "F-200"}}""");
    assertThat(result).calls(mocks, "CancelHotel").hasSize(1).call(1)
        .hasInputContaining("{\"Payload\": {\"bookingId\": \"H-100\"}}");
    // the compensations see the error that started them
    assertThat(result).state("CancelFlight").input().at("$.error")
        .isEqualTo("{\"Error\": \"Booking.Unavailable\", \"Cause\": \"no cars left\"}");
  }

  @Test
  void should_keep_retrying_a_cancellation_until_it_goes_through() {
    // GIVEN: the flight service is down for the first three cancellation attempts
    mocks.task("BookCar").throwsError("Booking.Unavailable", "no cars left");
    mocks.task("CancelFlight").throwsError("Lambda.ServiceException", "flight service down").times(3)
        .thenReturnsPayload("{}");
    // WHEN
    ExecutionResult result = sfn.run(TRIP);
    // THEN: 2 s, 4 s, 8 s of backoff on the virtual clock
    assertThat(result).failedWith("Trip.BookingFailed");
    assertThat(result).state("CancelFlight").wasRetried(3).wentTo("CancelHotel");
    assertThat(result).calls(mocks, "CancelHotel").hasSize(1);
    assertThat(result).tookExactly(Duration.ofSeconds(2 + 4 + 8));
  }

  @Test
  void should_retry_a_throttled_booking_before_compensating() {
    // GIVEN
    mocks.task("BookFlight").throwsError("Lambda.TooManyRequestsException", "Rate exceeded")
        .thenReturnsPayload("{\"bookingId\": \"F-201\"}");
    // WHEN
    ExecutionResult result = sfn.run(TRIP);
    // THEN
    assertThat(result).succeeded().outputAt("$.bookings.flight.bookingId").hasText("F-201");
    assertThat(result).state("BookFlight").wasRetried(1);
    assertThat(mocks.calls("CancelHotel")).isEmpty();
  }

  @Test
  void should_fail_without_compensating_when_throttling_outlasts_the_retries() {
    // GIVEN: MaxAttempts 2 on BookHotel
    mocks.task("BookHotel").throwsError("Lambda.TooManyRequestsException", "Rate exceeded");
    // WHEN
    ExecutionResult result = sfn.run(TRIP);
    // THEN
    assertThat(result).failedWith("Trip.BookingFailed").withCause("Rate exceeded");
    assertThat(result).state("BookHotel").wasRetried(2).caught("Lambda.TooManyRequestsException");
    assertThat(mocks.calls("BookHotel")).hasSize(3);
    assertThat(result).path().containsExactly("BookHotel", "BookingFailed");
  }
}

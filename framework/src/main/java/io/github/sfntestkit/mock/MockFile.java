package io.github.sfntestkit.mock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Mocks written as a YAML or JSON file, the same mocks the Java DSL builds: each entry becomes the
 * {@link Mocks} calls it spells, so a file and the equivalent code answer every call alike.
 *
 * <pre>{@code
 * # mocks/orders.yaml
 * mocks:
 *   - task: ChargeCard
 *     answers:
 *       - throws: {error: Payment.Throttled, cause: slow down}
 *         times: 2
 *       - returnsPayload: {chargeId: ch-1}
 *         after: PT2S
 *   - lambda: send-email
 *     returnsPayload: {sent: true}
 * inject:
 *   - into: Notify
 *     failure: {timeout: true}
 *     onCall: 1
 * }</pre>
 *
 * <pre>{@code
 * Mocks mocks = MockFile.loadResource("mocks/orders.yaml");
 * // the same as:
 * mocks.task("ChargeCard").throwsError("Payment.Throttled", "slow down").times(2)
 *     .thenReturnsPayload("{\"chargeId\": \"ch-1\"}").after(Duration.ofSeconds(2));
 * mocks.lambda("send-email").returnsPayload("{\"sent\": true}");
 * mocks.inject(Failure.timeout()).into("Notify").onCall(1);
 * }</pre>
 *
 * <p>The format is described in {@code docs/mock-files.md} and by the JSON Schema
 * {@code docs/schemas/mock-file.schema.json}. A file that says something the DSL cannot do fails
 * with a {@link MockFileException} listing every problem with its line and column.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MockFile {
  private final String source;
  private final List<MockFileModel.Mock> mocks;
  private final List<MockFileModel.Injection> injections;

  MockFile(String source, List<MockFileModel.Mock> mocks, List<MockFileModel.Injection> injections) {
    this.source = source;
    this.mocks = List.copyOf(mocks);
    this.injections = List.copyOf(injections);
  }

  /**
   * A new registry holding the mocks of a file (UTF-8; YAML for {@code .yaml}/{@code .yml}, JSON
   * for {@code .json}, else by content).
   *
   * @throws MockFileException when the file cannot be read or is not a valid mock file
   */
  public static Mocks load(Path file) {
    return read(file).apply(Mocks.create());
  }

  /**
   * A new registry holding the mocks of a classpath resource ({@code "mocks/orders.yaml"}).
   *
   * @throws MockFileException when there is no such resource or it is not a valid mock file
   */
  public static Mocks loadResource(String name) {
    return readResource(name).apply(Mocks.create());
  }

  /**
   * A new registry holding the mocks of a file's text.
   *
   * @param text the file's content, YAML or JSON
   * @param sourceName named in error reports; its extension picks the format when it has one
   * @throws MockFileException when the text is not a valid mock file
   */
  public static Mocks parse(String text, String sourceName) {
    return of(text, sourceName).apply(Mocks.create());
  }

  /**
   * Reads and checks a mock file without registering it; see {@link #apply(Mocks)}.
   *
   * @throws MockFileException when the file cannot be read or is not a valid mock file
   */
  public static MockFile read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    try {
      return of(decode(Files.readAllBytes(file), source, "file"), source);
    } catch (NoSuchFileException e) {
      throw unreadable(source, "no such file.");
    } catch (IOException e) {
      throw unreadable(source, Files.isDirectory(file) ? "it is a directory, expected a file." : e.getMessage() + ".");
    }
  }

  /**
   * Reads and checks a mock file from the classpath (the thread's context class loader, else this
   * class's); a leading '/' is ignored.
   *
   * @throws MockFileException when there is no such resource or it is not a valid mock file
   */
  public static MockFile readResource(String name) {
    Objects.requireNonNull(name, "name");
    String resource = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = MockFile.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw unreadable(resource, "no such classpath resource.");
      }
      return of(decode(in.readAllBytes(), resource, "resource"), resource);
    } catch (IOException e) {
      throw unreadable(resource, e.getMessage() + ".");
    }
  }

  /**
   * Checks a mock file's text without registering it.
   *
   * @throws MockFileException when the text is not a valid mock file
   */
  public static MockFile of(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    return MockFileParser.parse(text, sourceName);
  }

  /**
   * Registers this file's mocks and injections, in file order, on a registry that may already hold
   * others (as with the DSL, a later mock of the same kind wins).
   *
   * @return {@code mocks}, for chaining
   */
  public Mocks apply(Mocks mocks) {
    Objects.requireNonNull(mocks, "mocks");
    for (MockFileModel.Mock m : this.mocks) {
      m.addTo(mocks);
    }
    for (MockFileModel.Injection i : injections) {
      i.addTo(mocks);
    }
    return mocks;
  }

  /** The file or resource name. */
  public String source() {
    return source;
  }

  /**
   * The Java DSL calls this file stands for, one statement a line: what to write when moving a mock
   * from the file into code, and what {@link #apply(Mocks)} does.
   */
  public List<String> toDsl() {
    List<String> out = new ArrayList<>();
    for (MockFileModel.Mock m : mocks) {
      out.add(m.dsl() + ";");
    }
    for (MockFileModel.Injection i : injections) {
      for (String line : i.dsl().split("\n")) {
        out.add(line + ";");
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "MockFile(" + source + ": " + mocks.size() + (mocks.size() == 1 ? " mock, " : " mocks, ")
        + injections.size() + (injections.size() == 1 ? " injection)" : " injections)");
  }

  private static String decode(byte[] bytes, String source, String what) {
    try {
      return io.github.sfntestkit.internal.text.Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw unreadable(source, "the " + what + " is not valid UTF-8 text.");
    }
  }

  private static MockFileException unreadable(String source, String why) {
    return new MockFileException(source, List.of(new MockFileProblem("Mock file", "", -1, -1,
        "cannot read the mock file: " + why)));
  }
}

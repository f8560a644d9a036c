package io.github.sfntestkit.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfntestkit.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A SAM or CloudFormation template (YAML or JSON, CDK synth output included), read to take state
 * machine definitions out of it. Immutable: each {@code with...} method returns a new template.
 *
 * <pre>{@code
 * Template template = Template.load(Path.of("template.yaml"))
 *     .withParameter("Stage", "test")                       // a parameter without Default
 *     .withSubstitution("PaymentFunctionArn", "arn:aws:lambda:us-east-1:123456789012:function:pay")
 *     .withImportValue("shared-EventBusName", "orders-bus");
 * template.stateMachines();                                 // ["OrderStateMachine"]
 * JsonNode definition = template.definition("OrderStateMachine");
 * StateMachine sm = StateMachine.fromTemplate(template, "OrderStateMachine");
 * }</pre>
 *
 * <p>The definition comes from {@code Definition} (an object), {@code DefinitionString} (text,
 * typically {@code Fn::Sub} or CDK's {@code Fn::Join}) or {@code DefinitionUri} (a file relative to
 * the template); {@code ${Name}} placeholders are then replaced from {@code DefinitionSubstitutions}.
 * Intrinsic functions are evaluated offline:
 *
 * <ul>
 *   <li>{@code Ref} to a parameter: the value given with {@link #withParameter}, else its {@code
 *       Default}; to a pseudo parameter: {@code AWS::Region} {@code us-east-1}, {@code
 *       AWS::AccountId} {@code 123456789012}, {@code AWS::Partition} {@code aws}, {@code
 *       AWS::StackName} {@code sfn-testkit-stack}, {@code AWS::URLSuffix} {@code amazonaws.com}
 *       (each can be changed with {@link #withParameter});
 *   <li>{@code Ref} and {@code Fn::GetAtt} to a resource: a synthetic value built from its name
 *       property (else its logical id): a function's name and ARN ({@code
 *       arn:aws:lambda:us-east-1:123456789012:function:<name>}), a queue's URL, a topic's, state
 *       machine's or activity's ARN, a table's or bucket's name; {@link #withResourceValue} replaces
 *       any of them;
 *   <li>{@code Fn::Sub}, {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split}, {@code Fn::If}
 *       with {@code Conditions}, {@code Fn::Equals}/{@code And}/{@code Or}/{@code Not}, {@code
 *       Fn::FindInMap}, {@code Fn::Base64}, {@code Fn::GetAZs}, {@code Fn::ToJsonString}, {@code
 *       Fn::Length}; {@code Fn::ImportValue} takes the value given with {@link #withImportValue}.
 * </ul>
 *
 * <p>What cannot be known offline (a parameter without {@code Default}, an import, a definition in
 * S3, a placeholder nothing defines) throws a {@link TemplateException} that names the template,
 * the state machine, the JSON pointer and the {@code with...} call that supplies the value.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Template {

  private final ParsedTemplate parsed;
  private final Origin origin;
  private final Options options;

  private Template(ParsedTemplate parsed, Origin origin, Options options) {
    this.parsed = parsed;
    this.origin = origin;
    this.options = options;
  }

  /**
   * Reads a template file (UTF-8, YAML or JSON); {@code DefinitionUri} paths are relative to its
   * folder.
   *
   * @throws TemplateException when the file cannot be read or is not a YAML or JSON object
   */
  public static Template load(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw Errors.of(source, null, "", null, "cannot read the template: no such file.", null);
    } catch (CharacterCodingException e) {
      throw Errors.of(source, null, "", null, "cannot read the template: the file is not valid UTF-8 text.", null);
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "it is a directory, expected a file" : e.getClass().getSimpleName();
      throw Errors.of(source, null, "", null, "cannot read the template: " + why + ".", null);
    }
    Path parent = file.toAbsolutePath().getParent();
    return new Template(TemplateReader.read(text, source), Origin.directory(parent), Options.NONE);
  }

  /**
   * Reads a template from the classpath (UTF-8); {@code DefinitionUri} paths are resources relative
   * to its folder. A leading '/' is ignored.
   *
   * @throws TemplateException when there is no such resource or it is not a YAML or JSON object
   */
  public static Template loadResource(String name) {
    Objects.requireNonNull(name, "name");
    String resource = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Template.class.getClassLoader();
    }
    String text;
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw Errors.of(resource, null, "", null, "cannot read the template: no such classpath resource.", null);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Errors.of(resource, null, "", null, "cannot read the template: " + e.getClass().getSimpleName() + ".", null);
    }
    int slash = resource.lastIndexOf('/');
    return new Template(
        TemplateReader.read(text, resource), Origin.classpath(slash < 0 ? "" : resource.substring(0, slash)), Options.NONE);
  }

  /**
   * Reads template text. The source name labels messages and, when it ends in {@code .json},
   * {@code .yaml} or {@code .yml}, chooses the format (otherwise text starting with '{' is JSON);
   * {@code DefinitionUri} paths are relative to the source name's folder in the file system.
   *
   * @throws TemplateException when the text is not a YAML or JSON object
   */
  public static Template parse(String text, String sourceName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    Path parent;
    try {
      parent = Path.of(sourceName).toAbsolutePath().getParent();
    } catch (InvalidPathException e) {
      parent = null;
    }
    return new Template(TemplateReader.read(text, sourceName), Origin.directory(parent), Options.NONE);
  }

  /** The template's name in messages: file path, classpath resource or the name given to {@link #parse}. */
  public String source() {
    return parsed.source();
  }

  /**
   * Logical ids of the template's {@code AWS::StepFunctions::StateMachine} and {@code
   * AWS::Serverless::StateMachine} resources, in template order.
   */
  public List<String> stateMachines() {
    return List.copyOf(DefinitionExtractor.stateMachines(parsed));
  }

  /**
   * The definition of a state machine, intrinsic functions and placeholders resolved. It is read
   * but not validated; {@code StateMachine.fromTemplate} validates it.
   *
   * @throws TemplateException when the logical id names no state machine or a value cannot be resolved
   * @throws io.github.sfntestkit.definition.DefinitionException when the resolved definition is not a
   *     JSON or YAML object
   */
  public JsonNode definition(String logicalId) {
    return extract(logicalId).root();
  }

  /** The definition of a state machine as pretty-printed JSON; see {@link #definition(String)}. */
  public String definitionText(String logicalId) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(definition(logicalId));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The name a state machine's definition is reported under: the definition file for {@code
   * DefinitionUri}, else {@code "<template> (<logicalId>)"}.
   */
  public String definitionSource(String logicalId) {
    return extract(logicalId).source();
  }

  /**
   * Gives a {@code ${name}} placeholder of the definition a value, in place of (or in the absence
   * of) its {@code DefinitionSubstitutions} entry. Applies to every state machine of the template.
   */
  public Template withSubstitution(String name, String value) {
    return new Template(parsed, origin, options.withSubstitution(req(name, "name"), req(value, "value")));
  }

  /**
   * Gives a template parameter a value (used in place of its {@code Default}), or overrides a
   * pseudo parameter such as {@code AWS::Region}, {@code AWS::AccountId}, {@code AWS::Partition} or
   * {@code AWS::StackName}.
   */
  public Template withParameter(String name, String value) {
    return new Template(parsed, origin, options.withParameter(req(name, "name"), req(value, "value")));
  }

  /**
   * Gives a resource's {@code Fn::GetAtt} attribute a value, or its {@code Ref} value with the
   * attribute {@code "Ref"}: {@code withResourceValue("OrdersQueue", "Ref", "https://...")}.
   */
  public Template withResourceValue(String logicalId, String attribute, String value) {
    return new Template(
        parsed, origin, options.withResourceValue(req(logicalId, "logicalId"), req(attribute, "attribute"), req(value, "value")));
  }

  /** Gives {@code Fn::ImportValue} of an export name a value. */
  public Template withImportValue(String exportName, String value) {
    return new Template(parsed, origin, options.withImportValue(req(exportName, "exportName"), req(value, "value")));
  }

  /**
   * Reads a state machine's definition from a local file instead of the template's {@code
   * Definition...} property: for a {@code DefinitionUri} or {@code DefinitionS3Location} in S3.
   * Placeholders in it are still replaced.
   */
  public Template withDefinitionFile(String logicalId, Path file) {
    return new Template(parsed, origin, options.withDefinitionFile(req(logicalId, "logicalId"), req(file, "file")));
  }

  private DefinitionExtractor.Extracted extract(String logicalId) {
    return DefinitionExtractor.extract(parsed, options, origin, Objects.requireNonNull(logicalId, "logicalId"));
  }

  private static <T> T req(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  @Override
  public String toString() {
    return "Template[" + parsed.source() + "]";
  }
}

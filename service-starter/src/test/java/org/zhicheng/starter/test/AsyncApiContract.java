package org.zhicheng.starter.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Checks the events a producer emits against the payload schemas of an AsyncAPI 3 document (the contract in
 * {@code docs/events/asyncapi.yaml}): the message's {@code payload}, with its {@code $ref}s into
 * {@code components.schemas} and its {@code allOf}s resolved inside the same document, validated as JSON Schema
 * draft 7 (what AsyncAPI's default schema format builds on).
 *
 * <pre>{@code
 * AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), "PlanPublished", recordValue);
 * }</pre>
 */
public final class AsyncApiContract {

    /** Where the events contract lives, relative to the repository root. */
    public static final String CONTRACT = "docs/events/asyncapi.yaml";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    // a document is parsed once per test JVM, however many envelopes are checked against it
    private static final Map<Path, Document> DOCUMENTS = new ConcurrentHashMap<>();

    private AsyncApiContract() {
    }

    /**
     * The repository's {@value #CONTRACT}, found from the working directory upwards (a module's tests run in the
     * module's directory).
     */
    public static Path repositoryContract() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(CONTRACT);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + CONTRACT + " above " + Path.of("").toAbsolutePath());
    }

    /** Fails, listing every violation, unless {@code jsonEnvelope} matches the payload of {@code messageName}. */
    public static void assertMatches(Path asyncApiPath, String messageName, String jsonEnvelope) {
        assertMatches(asyncApiPath, messageName, JSON.readTree(jsonEnvelope));
    }

    /** As {@link #assertMatches(Path, String, String)}, for an envelope already parsed. */
    public static void assertMatches(Path asyncApiPath, String messageName, JsonNode envelope) {
        List<String> violations = violations(asyncApiPath, messageName, envelope);
        if (!violations.isEmpty()) {
            throw new AssertionError("The " + messageName + " envelope does not match " + asyncApiPath + ":\n  "
                    + String.join("\n  ", violations) + "\nenvelope: " + envelope);
        }
    }

    /** The violations of the message's payload schema by {@code envelope}; empty when it matches. */
    public static List<String> violations(Path asyncApiPath, String messageName, JsonNode envelope) {
        Schema payload = DOCUMENTS.computeIfAbsent(asyncApiPath.toAbsolutePath().normalize(), Document::read)
            .payload(messageName);
        return payload.validate(envelope).stream().map(Error::toString).toList();
    }

    /** An AsyncAPI document turned into a schema registry whose base is the document itself. */
    private record Document(Path path, JsonNode root, SchemaRegistry registry, String iri) {

        static Document read(Path path) {
            JsonNode root;
            try {
                root = YAML.readTree(Files.readString(path));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot read the AsyncAPI document " + path, ex);
            }
            if (!root.path("asyncapi").asString("").startsWith("3.")) {
                throw new IllegalArgumentException(path + " is not an AsyncAPI 3 document");
            }
            // local $refs ('#/components/schemas/Envelope') resolve against this IRI, i.e. inside the document
            String iri = "urn:zhicheng:asyncapi:" + path.getFileName();
            String content = JSON.writeValueAsString(root);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemas(Map.of(iri, content)));
            return new Document(path, root, registry, iri);
        }

        Schema payload(String messageName) {
            String pointer = "/components/messages/" + escape(messageName);
            JsonNode message = root.at(pointer);
            if (message.isMissingNode()) {
                throw new AssertionError("No message " + messageName + " under components.messages of " + path);
            }
            String ref = message.path("$ref").asString("");
            if (ref.startsWith("#/")) {
                pointer = ref.substring(1);
                message = root.at(pointer);
            }
            JsonNode payload = message.path("payload");
            if (payload.isMissingNode()) {
                throw new AssertionError("Message " + messageName + " of " + path + " has no payload");
            }
            pointer += "/payload";
            // a multi-format schema object wraps the schema in 'schema' next to its 'schemaFormat'
            if (payload.has("schemaFormat") && payload.has("schema")) {
                pointer += "/schema";
            }
            return registry.getSchema(SchemaLocation.of(iri + "#" + pointer));
        }

        private static String escape(String token) {
            return token.replace("~", "~0").replace("/", "~1");
        }
    }
}

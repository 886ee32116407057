package id.padan.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a job file into a {@link JobDefinition}. Jackson does the binding; a problem handler notes every unknown key
 * and every value of the wrong type with its YAML path and line, instead of stopping at the first, so that
 * {@code padan validate} can report all of them at once.
 */
public final class JobFiles {
    private JobFiles() {
    }

    /** Reads and checks the job file: syntax, types, required fields, paths and references between sections. */
    public static JobDefinition load(Path file) throws JobFileException {
        Path absolute = file.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        JobDefinition job = read(absolute, problems);
        if (job != null) {
            problems.addAll(new JobValidator(job).structuralProblems());
        }
        if (!problems.isEmpty()) {
            throw new JobFileException(absolute, withLines(absolute, problems));
        }
        return job;
    }

    /** Fills in the line of every problem that does not know its own, from its YAML path. */
    public static List<Problem> withLines(Path file, List<Problem> problems) {
        YamlLines lines = YamlLines.of(file);
        return problems.stream()
                .map(p -> p.line() > 0 ? p : new Problem(p.path(), lines.lineOf(p.path()), p.what(), p.fix()))
                .toList();
    }

    private static JobDefinition read(Path file, List<Problem> problems) {
        ProblemCollector collector = new ProblemCollector(problems);
        YAMLMapper mapper = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addHandler(collector)
                .build();
        try (InputStream in = Files.newInputStream(file)) {
            JobDefinition job = mapper.readValue(in, JobDefinition.class);
            if (job == null) {
                problems.add(new Problem("(file)", 0, "the job file is empty",
                        "start from jobs/sample-kapuas.yaml and change the paths"));
                return null;
            }
            return job.withBaseDir(file.getParent());
        } catch (NoSuchFileException e) {
            problems.add(new Problem("(file)", 0, "job file not found: " + file,
                    "check the path; job files usually live in jobs/"));
        } catch (IOException e) {
            problems.add(new Problem("(file)", 0, "cannot read the job file: " + e.getMessage(),
                    "check that the file is readable by this user"));
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String path = yamlPath(e);
            problems.add(new Problem(path.isEmpty() ? "(file)" : path, line, e.getOriginalMessage(),
                    "check the YAML syntax at that line: indentation with spaces, a space after each ':'"));
        }
        return null;
    }

    private static String yamlPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Turns a parser position into {@code sources[2].path}. */
    static String yamlPath(JsonParser p, String lastProperty) {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        if (lastProperty != null && !path.toString().endsWith(lastProperty)) {
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(lastProperty);
        }
        return path.isEmpty() ? "(top)" : path.toString();
    }

    private static final class ProblemCollector extends DeserializationProblemHandler {
        private final List<Problem> problems;

        ProblemCollector(List<Problem> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            String path = yamlPath(p, null);
            String parent = path.equals("(top)") ? "" : path.replaceFirst("\\.?" + java.util.regex.Pattern.quote(propertyName) + "$", "");
            problems.add(new Problem(parent.isEmpty() ? propertyName : parent + "." + propertyName,
                    p.currentLocation().getLineNr(),
                    "unknown key '" + propertyName + "'",
                    "the keys allowed here are: " + JobSchema.keysOf(type) + " (see jobs/README.md)"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            JsonParser p = ctxt.getParser();
            problems.add(new Problem(yamlPath(p, null), p.currentLocation().getLineNr(),
                    "'" + value + "' is not a valid " + JobSchema.describe(targetType),
                    JobSchema.exampleOf(targetType)));
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                String failureMsg) {
            JsonParser p = ctxt.getParser();
            problems.add(new Problem(yamlPath(p, null), p.currentLocation().getLineNr(),
                    value + " is not a valid " + JobSchema.describe(targetType), JobSchema.exampleOf(targetType)));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                JsonParser p, String failureMsg) {
            problems.add(new Problem(yamlPath(p, null), p.currentLocation().getLineNr(),
                    "expected " + JobSchema.describe(targetType.getRawClass()) + " but found " + describe(t),
                    JobSchema.exampleOf(targetType.getRawClass())));
            p.skipChildren();
            return null;
        }

        private static String describe(JsonToken t) {
            return switch (t) {
                case START_ARRAY -> "a list";
                case START_OBJECT -> "a mapping of keys";
                case VALUE_STRING -> "text";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "true/false";
                default -> t.toString();
            };
        }
    }
}

package id.padan.job;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The line of every key and list item of a YAML file, by YAML path ({@code sources[1].format.delimiter}), so that
 * problems found after binding can still point at a line.
 */
final class YamlLines {
    private final Map<String, Integer> lines;

    private YamlLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLines of(Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = YAMLMapper.shared().createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.PROPERTY_NAME || t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                        || t.isScalarValue()) {
                    String path = JobFiles.yamlPath(p, null);
                    lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
                }
            }
        } catch (Exception e) {
            // A file that does not parse has its syntax problem reported with its own line.
        }
        return new YamlLines(lines);
    }

    /** The line of the path, or of its nearest parent that has one; 0 when none is known. */
    int lineOf(String path) {
        String at = path;
        while (!at.isEmpty()) {
            Integer line = lines.get(at);
            if (line != null && line > 0) {
                return line;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut <= 0 ? "" : at.substring(0, cut);
        }
        return 0;
    }
}

package id.padan.link;

import id.padan.warehouse.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes a {@link LinkModel} as indented JSON, readable by its owner only. */
public final class ModelFile {
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ModelFile() {
    }

    /** Where a job's trained model is kept: next to the warehouse, e.g. {@code work/kapuas.link-model.json}. */
    public static Path nextTo(Path warehouse) {
        return nextTo(warehouse, null);
    }

    /** The model of one regency of a job over several, e.g. {@code work/kalteng.62.03.link-model.json}. */
    public static Path nextTo(Path warehouse, String regency) {
        String name = warehouse.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return warehouse.resolveSibling((dot > 0 ? name.substring(0, dot) : name)
                + (regency == null ? "" : "." + regency) + ".link-model.json");
    }

    public static void write(LinkModel model, Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(temporary, MAPPER.writeValueAsString(model) + "\n");
        OwnerOnlyFiles.restrict(temporary);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static LinkModel read(Path file) throws IOException {
        try {
            return MAPPER.readValue(Files.readString(file), LinkModel.class);
        } catch (JacksonException e) {
            throw new IOException(file + " is not a padan link model: " + e.getOriginalMessage()
                    + "; remove the pinned model to train a new one", e);
        }
    }
}

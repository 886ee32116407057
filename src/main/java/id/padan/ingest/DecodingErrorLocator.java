package id.padan.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the exact line and column of the first byte a charset cannot decode. A streaming decoder only says that
 * something in its last buffer was wrong; the user needs a line to look at. Run only after decoding has failed, so
 * the second pass over the file costs nothing in the normal case.
 */
final class DecodingErrorLocator {
    /** Where decoding fails: 1-based line and column (in characters) and the offending bytes as hex. */
    record Location(long line, long column, String bytes) {
    }

    private DecodingErrorLocator() {
    }

    static Optional<Location> locate(Path file, long skipBytes, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long line = 1;
        long column = 0;
        boolean afterCr = false;
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(skipBytes);
            boolean eof = false;
            while (true) {
                if (channel.read(in) < 0) {
                    eof = true;
                }
                in.flip();
                CoderResult result;
                do {
                    result = decoder.decode(in, out, eof);
                    out.flip();
                    while (out.hasRemaining()) {
                        char c = out.get();
                        if (c == '\n' && afterCr) {
                            afterCr = false;
                        } else if (c == '\n' || c == '\r') {
                            line++;
                            column = 0;
                            afterCr = c == '\r';
                        } else {
                            column++;
                            afterCr = false;
                        }
                    }
                    out.clear();
                    if (result.isError()) {
                        return Optional.of(new Location(line, column + 1, hex(in, result.length())));
                    }
                } while (result.isOverflow());
                in.compact();
                if (eof) {
                    return Optional.empty();
                }
            }
        }
    }

    private static String hex(ByteBuffer in, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length && in.position() + i < in.limit(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(String.format("0x%02X", in.get(in.position() + i) & 0xFF));
        }
        return text.toString();
    }
}

package id.padan.ingest;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Turns the push-style sheet parser into a pull-style row supply: the sheet is parsed on a thread of its own that
 * hands rows over through a small queue, so the reader can be an {@link java.util.Iterator} without holding the
 * sheet in memory. Closing stops the thread even if rows were left unread.
 */
final class SheetRowPump implements AutoCloseable {
    private static final int QUEUE_ROWS = 512;
    private static final Object END = new Object();

    private record Failure(RuntimeException error) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_ROWS);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    SheetRowPump(XlsxWorkbook workbook, String sheet, Path file) {
        thread = new Thread(() -> pump(workbook, sheet), "padan-xlsx-" + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void pump(XlsxWorkbook workbook, String sheet) {
        try {
            workbook.readSheet(sheet, this::hand);
            hand(END);
        } catch (RuntimeException e) {
            if (!stopped) {
                hand(new Failure(e));
            }
        }
    }

    /** Waits for room in the queue, giving up once the consumer has closed. */
    private boolean hand(Object item) {
        try {
            while (!stopped) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next row, or null at the end of the sheet. Rethrows what went wrong while parsing. */
    SheetRow next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a sheet", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            throw failure.error();
        }
        return (SheetRow) item;
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: whether the parsing thread has finished. */
    boolean threadDone() {
        return !thread.isAlive();
    }
}

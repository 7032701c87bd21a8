package org.createyourresume.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * Where a document's streams (page content, font programs, Unicode maps, metadata) keep their
 * bytes: arrays that the rendering thread keeps between documents, instead of PDFBox's memory
 * cache, which starts every stream on a new 4 KiB chunk and adds a chunk for every 4 KiB written.
 *
 * <p>Why: an allocation profile of a one-page render put about 9% of its bytes into those chunks
 * and the buffer objects around them, most of it for the four font programs copied into each
 * document. The bytes a stream holds are the same, so the PDF is the same byte for byte.
 *
 * <p>Bounded: each thread keeps at most {@value #KEPT_ARRAYS} arrays of at most {@value
 * #KEPT_ARRAY_BYTES} bytes; an array is handed back when its stream or document is closed, and
 * only to the thread that made the document.
 */
final class StreamMemory implements RandomAccessStreamCache {

  static final int KEPT_ARRAYS = 24;

  static final int KEPT_ARRAY_BYTES = 256 * 1024;

  private static final int FIRST_ARRAY_BYTES = 4 * 1024;

  private static final ThreadLocal<ArrayDeque<byte[]>> KEPT =
      ThreadLocal.withInitial(() -> new ArrayDeque<>(KEPT_ARRAYS));

  private final Thread owner = Thread.currentThread();
  private final ArrayDeque<byte[]> kept = KEPT.get();
  private final List<Buffer> open = new ArrayList<>();

  @Override
  public RandomAccess createBuffer() {
    byte[] array = owner == Thread.currentThread() ? kept.pollFirst() : null;
    Buffer buffer = new Buffer(this, array != null ? array : new byte[FIRST_ARRAY_BYTES]);
    open.add(buffer);
    return buffer;
  }

  @Override
  public void close() throws IOException {
    for (Buffer each : open) {
      each.close();
    }
    open.clear();
  }

  /** How many arrays this thread keeps. */
  static int keptArrays() {
    return KEPT.get().size();
  }

  private void giveBack(byte[] array) {
    // another thread's arrays stay its own: the deque is not shared
    if (owner == Thread.currentThread()
        && array.length <= KEPT_ARRAY_BYTES
        && kept.size() < KEPT_ARRAYS) {
      kept.addFirst(array);
    }
  }

  /** One stream's bytes, read and written at a position like PDFBox's own buffer. */
  static final class Buffer implements RandomAccess {

    private final StreamMemory memory;
    private byte[] data;
    private int size;
    private int position;

    private Buffer(StreamMemory memory, byte[] data) {
      this.memory = memory;
      this.data = data;
    }

    @Override
    public int read() throws IOException {
      checkOpen();
      return position < size ? data[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      checkOpen();
      if (position >= size) {
        return -1;
      }
      int count = Math.min(length, size - position);
      System.arraycopy(data, position, into, offset, count);
      position += count;
      return count;
    }

    @Override
    public long getPosition() throws IOException {
      checkOpen();
      return position;
    }

    @Override
    public void seek(long to) throws IOException {
      checkOpen();
      if (to < 0) {
        throw new IOException("Invalid position " + to);
      }
      position = (int) Math.min(to, size);
    }

    @Override
    public long length() throws IOException {
      checkOpen();
      return size;
    }

    @Override
    public boolean isClosed() {
      return data == null;
    }

    @Override
    public boolean isEOF() throws IOException {
      checkOpen();
      return position >= size;
    }

    @Override
    public RandomAccessReadView createView(long start, long length) throws IOException {
      checkOpen();
      return new RandomAccessReadView(this, start, length);
    }

    @Override
    public void write(int b) throws IOException {
      checkOpen();
      room(position + 1);
      data[position++] = (byte) b;
      size = Math.max(size, position);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
      write(bytes, 0, bytes.length);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      checkOpen();
      room(position + length);
      System.arraycopy(bytes, offset, data, position, length);
      position += length;
      size = Math.max(size, position);
    }

    @Override
    public void clear() throws IOException {
      checkOpen();
      size = 0;
      position = 0;
    }

    @Override
    public void close() {
      if (data != null) {
        byte[] array = data;
        data = null;
        memory.giveBack(array);
      }
    }

    private void room(int needed) throws IOException {
      if (needed < 0) {
        throw new IOException("a stream cannot hold more than 2 GiB");
      }
      if (needed > data.length) {
        // the smaller array is not kept: kept arrays grow to the sizes streams need, and then
        // stop growing
        data = Arrays.copyOf(
            data, Math.max(needed, (int) Math.min(Integer.MAX_VALUE - 8, 2L * data.length)));
      }
    }

    private void checkOpen() throws IOException {
      if (data == null) {
        throw new IOException("RandomAccessBuffer already closed");
      }
    }
  }
}

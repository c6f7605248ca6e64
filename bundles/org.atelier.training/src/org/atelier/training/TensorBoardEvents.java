package org.atelier.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Scalars in TensorBoard's event file format: TFRecords (length, masked CRC-32C of the length, the record, its
 * masked CRC-32C) of {@code Event} protocol buffers ({@code wall_time}, {@code step}, a {@code Summary} of tagged
 * {@code simple_value}s), the first one naming the file version. One file per process, appended and flushed per
 * step: TensorBoard reads them while the run goes on.
 */
public final class TensorBoardEvents implements AutoCloseable {

    private final OutputStream out;

    public TensorBoardEvents(Path folder) throws IOException {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        Path file = folder.resolve("events.out.tfevents." + System.currentTimeMillis() / 1000 + "." + host + ".atelier");
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        wallTime(event);
        bytesField(event, 3, "brain.Event:2".getBytes(StandardCharsets.UTF_8));
        record(event.toByteArray());
    }

    /** One event of the step's scalars. */
    public void scalars(long step, Map<String, Double> values) throws IOException {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            ByteArrayOutputStream value = new ByteArrayOutputStream();
            bytesField(value, 1, e.getKey().getBytes(StandardCharsets.UTF_8));
            value.write(0x15); // field 2, 32-bit
            value.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(e.getValue().floatValue()).array());
            bytesField(summary, 1, value.toByteArray());
        }
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        wallTime(event);
        event.write(0x10); // field 2, varint
        varint(event, step);
        bytesField(event, 5, summary.toByteArray());
        record(event.toByteArray());
    }

    private static void wallTime(ByteArrayOutputStream event) throws IOException {
        event.write(0x09); // field 1, 64-bit
        event.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(System.currentTimeMillis() / 1000.0).array());
    }

    private static void bytesField(ByteArrayOutputStream out, int field, byte[] bytes) throws IOException {
        varint(out, (field << 3) | 2);
        varint(out, bytes.length);
        out.write(bytes);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private void record(byte[] data) throws IOException {
        byte[] length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(data.length).array();
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put(length).putInt(masked(length));
        out.write(header.array());
        out.write(data);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(masked(data)).array());
        out.flush();
    }

    /** TFRecord's masked CRC-32C. */
    static int masked(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        int c = (int) crc.getValue();
        return ((c >>> 15) | (c << 17)) + 0xa282ead8;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

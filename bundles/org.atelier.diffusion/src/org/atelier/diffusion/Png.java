package org.atelier.diffusion;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.atelier.common.AtomicFiles;
import org.w3c.dom.NodeList;

/**
 * PNG files with their generation parameters in a text chunk named {@code parameters}, where AUTOMATIC1111 writes
 * them (tEXt when the text is Latin-1, iTXt in UTF-8 otherwise), so that its PNG Info tab, ComfyUI and image
 * browsers read them.
 */
public final class Png {

    public static final String KEY = "parameters";
    private static final String FORMAT = "javax_imageio_png_1.0";

    private Png() {
    }

    /** Writes the image with its parameters, under a temporary name renamed into place. */
    public static void write(Path target, BufferedImage image, String parameters) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode root = new IIOMetadataNode(FORMAT);
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(parameters)) {
                IIOMetadataNode text = new IIOMetadataNode("tEXt");
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", KEY);
                entry.setAttribute("value", parameters);
                text.appendChild(entry);
                root.appendChild(text);
            } else {
                IIOMetadataNode text = new IIOMetadataNode("iTXt");
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", KEY);
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", parameters);
                text.appendChild(entry);
                root.appendChild(text);
            }
            metadata.mergeTree(FORMAT, root);
            AtomicFiles.write(target, out -> {
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    writer.write(null, new IIOImage(image, null, metadata), param);
                }
            });
        } finally {
            writer.dispose();
        }
    }

    /** The {@code parameters} text of a PNG, or null when it has none. */
    public static String parameters(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(Files.newInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(file + ": not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                if (metadata == null || !FORMAT.equals(metadata.getNativeMetadataFormatName())) {
                    return null;
                }
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
                for (String kind : new String[] { "tEXtEntry", "iTXtEntry" }) {
                    NodeList entries = root.getElementsByTagName(kind);
                    for (int i = 0; i < entries.getLength(); i++) {
                        IIOMetadataNode entry = (IIOMetadataNode) entries.item(i);
                        if (KEY.equals(entry.getAttribute("keyword"))) {
                            return kind.startsWith("t") ? entry.getAttribute("value") : entry.getAttribute("text");
                        }
                    }
                }
                return null;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Reads an image (PNG, JPEG, BMP, GIF) as RGB. */
    public static BufferedImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such image");
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + ": not an image Java can read (PNG, JPEG, BMP or GIF)");
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }
}

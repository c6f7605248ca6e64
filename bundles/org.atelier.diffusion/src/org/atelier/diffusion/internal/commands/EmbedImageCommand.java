package org.atelier.diffusion.internal.commands;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import org.atelier.common.Exits;
import org.atelier.common.ProgressLine;
import org.atelier.diffusion.clip.ClipImageProcessor;
import org.atelier.diffusion.clip.ClipVisionEncoder;
import org.atelier.runtime.Compute;
import org.atelier.runtime.ComputeException;
import org.atelier.tensors.SafetensorsWriter;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code atelier embed-image}: the CLIP image embeddings of images, printed or saved. */
@Command(name = "embed-image", description = { "Prints the CLIP image embeddings of images (image_embeds: the class token "
        + "through the vision model's projection, 768 floats for ViT-L/14, 1024 for ViT-H/14), or saves them with -o.",
        "--clip takes a CLIP vision model: a Hugging Face CLIPVisionModelWithProjection or CLIPModel file or folder, a "
                + "diffusers pipeline (its image_encoder/), an OpenCLIP file, or an unCLIP checkpoint. Images are "
                + "preprocessed as CLIP's own processor does: shortest side to the model's size (bicubic), centre crop, "
                + "CLIP's mean and deviation." })
public final class EmbedImageCommand implements Callable<Integer> {

    /** The tensor a saved file holds the embeddings in. */
    public static final String TENSOR = "image_embeds";

    @Spec
    CommandSpec spec;

    @Option(names = "--clip", required = true, paramLabel = "<model>", description = "the CLIP vision model")
    Path clip;

    @Parameters(arity = "1..*", paramLabel = "<image>", description = "PNG, JPEG, BMP or GIF images")
    List<Path> images;

    @Option(names = "-o", paramLabel = "<out.safetensors>", description = "save the embeddings ([images, size], float32, "
            + "tensor '" + TENSOR + "') instead of printing them")
    Path output;

    @Option(names = "--normalize", description = "divide each embedding by its length (as CLIP's similarity does)")
    boolean normalize;

    @Override
    public Integer call() throws IOException, ComputeException {
        PrintWriter out = spec.commandLine().getOut();
        if (output != null && !output.getFileName().toString().endsWith(".safetensors")) {
            throw usage("-o " + output + ": embeddings are saved as .safetensors");
        }
        List<BufferedImage> read = new ArrayList<>();
        for (Path image : images) {
            read.add(read(image));
        }
        Path model = clip.toAbsolutePath().normalize();
        try (NDManager manager = Compute.engine().newBaseManager(Compute.device())) {
            ClipVisionEncoder encoder = ClipVisionEncoder.open(model, manager);
            out.printf(Locale.ROOT, "%s: CLIP vision model (%s layout), %d layers %d wide, %dx%d images, embeddings of %d%n",
                    model.getFileName(), encoder.layout() == ClipVisionEncoder.Layout.OPEN_CLIP ? "OpenCLIP" : "Hugging Face",
                    encoder.layers(), encoder.width(), encoder.imageSize(), encoder.imageSize(), encoder.embeddingSize());
            ProgressLine progress = new ProgressLine(out);
            float[][] embeddings = new float[read.size()][];
            for (int i = 0; i < read.size(); i++) {
                try (NDManager scope = manager.newSubManager()) {
                    NDArray embedding = encoder.embed(ClipImageProcessor.pixels(scope, List.of(read.get(i)), encoder.imageSize()));
                    if (normalize) {
                        embedding = embedding.div(embedding.norm());
                    }
                    embeddings[i] = embedding.toFloatArray();
                }
                if (output != null) {
                    progress.progress(i + 1, read.size(), "images");
                }
            }
            if (output == null) {
                for (int i = 0; i < embeddings.length; i++) {
                    out.println(images.get(i) + ": " + format(embeddings[i]));
                }
            } else {
                progress.finish();
                Path target = output.toAbsolutePath().normalize();
                save(target, model, encoder, embeddings);
                out.printf(Locale.ROOT, "Wrote %d embeddings of %d to %s%n", embeddings.length, encoder.embeddingSize(), target);
            }
        }
        return Exits.OK;
    }

    private BufferedImage read(Path image) {
        if (!Files.isRegularFile(image)) {
            throw usage("<image> " + image + ": no such file");
        }
        try {
            BufferedImage read = ImageIO.read(image.toFile());
            if (read != null) {
                return read;
            }
            throw usage("<image> " + image + ": not an image Java can read (PNG, JPEG, BMP or GIF)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParameterException p) {
                throw p;
            }
            throw usage("<image> " + image + ": cannot be read as an image: " + e.getMessage());
        }
    }

    private void save(Path target, Path model, ClipVisionEncoder encoder, float[][] embeddings) throws IOException {
        int size = encoder.embeddingSize();
        float[] all = new float[embeddings.length * size];
        for (int i = 0; i < embeddings.length; i++) {
            System.arraycopy(embeddings[i], 0, all, i * size, size);
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("atelier.kind", "clip-image-embeddings");
        metadata.put("clip_model", model.getFileName().toString());
        metadata.put("normalized", String.valueOf(normalize));
        metadata.put("images", String.join("\n", images.stream().map(p -> p.getFileName().toString()).toList()));
        SafetensorsWriter.write(target, metadata,
                Map.of(TENSOR, new SafetensorsWriter.FloatTensor(new long[] { embeddings.length, size }, all)));
    }

    private static String format(float[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g", values[i]));
        }
        return s.append(']').toString();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

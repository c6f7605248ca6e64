package org.atelier.methods.merge;

import java.nio.file.Path;
import java.util.Locale;

import org.atelier.core.methods.IMethodRunner;
import org.atelier.core.methods.RunContext;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.MethodConfig;
import org.atelier.core.project.BaseModels;
import org.atelier.tensors.DType;
import org.atelier.methods.merge.model.MergeAlgorithm;
import org.atelier.methods.merge.model.MergeConfig;
import org.atelier.methods.merge.model.MergePackage;
import org.atelier.methods.merge.model.OutputFormat;
import org.eclipse.emf.ecore.EReference;

/**
 * Runs a merge experiment: A is the experiment's base model, B and C come from the configuration. The result
 * lands in the run's {@code output/} and joins the project's base models.
 */
public final class MergeRunner implements IMethodRunner {

    @Override
    public void run(RunContext context) throws Exception {
        MergeConfig config = configOf(context);
        MergeMethod method = method(config.getAlgorithm());
        Path a = context.baseModelPath();
        Path b = model(context, config.getModelB(), MergePackage.Literals.MERGE_CONFIG__MODEL_B, method.models() >= 2);
        Path c = model(context, config.getModelC(), MergePackage.Literals.MERGE_CONFIG__MODEL_C, method.models() == 3);
        DType dtype = switch (config.getOutputType()) {
        case FP16 -> DType.F16;
        case BF16 -> DType.BF16;
        case FP32 -> DType.F32;
        case KEEP -> null; // each tensor keeps A's type
        };
        double multiplier = config.getMultiplier();
        String blocksText = config.getBlockWeights();
        double[] blocks = blocksText == null || blocksText.isBlank() || method == MergeMethod.NO_INTERPOLATION ? null
                : Blocks.parse(blocksText, a, multiplier);
        String vaeText = config.getBakeVae();
        Path vae = vaeText == null || vaeText.isBlank() ? null : context.resolve(vaeText);
        String name = config.getOutputName();
        name = name == null || name.isBlank() ? "merged" : name;
        Merger.Spec spec = new Merger.Spec(method, a, b, c, multiplier, config.getBeta(), blocks, dtype,
                config.getDiscardWeights(), name, config.getSeed(), vae);
        String extension = config.getOutputFormat() == OutputFormat.CKPT ? ".ckpt" : ".safetensors";
        Path output = context.outputFolder().resolve(name + extension);
        context.device(RunContext.JAVA_CPU);
        context.log("Merging " + a.getFileName() + (b == null ? "" : " and " + b.getFileName())
                + (c == null ? "" : " with " + c.getFileName()) + " by " + method.a1111Name()
                + (vae == null ? "" : ", baking in " + vae.getFileName()));
        Merger.Result result = Merger.merge(spec, output, new Merger.Progress() {
            @Override
            public void tensor(int done, int total, String tensor) {
                if (done == total || done % 25 == 0) {
                    context.progress(done, total, tensor);
                }
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        });
        context.log(result.merged() + " tensors merged, " + result.copied() + " copied from A, " + result.partial()
                + " merged in their first channels, " + result.baked() + " from the VAE, " + result.discarded()
                + " discarded");
        context.addArtifact(output);
        BaseModel made = BaseModels.describe(output, context.projectFolder(), name, false);
        made.setName(name + " (" + method.a1111Name().toLowerCase(Locale.ROOT) + ", run " + context.run().getId() + ")");
        context.addModel(made);
    }

    private static MergeConfig configOf(RunContext context) {
        MethodConfig config = context.config();
        if (!(config instanceof MergeConfig merge)) {
            throw new IllegalArgumentException("experiment '" + context.experiment().getName() + "' › config: a merge"
                    + " needs a MergeConfig, not " + (config == null ? "none" : "a " + config.eClass().getName()));
        }
        return merge;
    }

    static MergeMethod method(MergeAlgorithm algorithm) {
        return switch (algorithm) {
        case WEIGHTED_SUM -> MergeMethod.WEIGHTED_SUM;
        case ADD_DIFFERENCE -> MergeMethod.ADD_DIFFERENCE;
        case TRIPLE_SUM -> MergeMethod.TRIPLE_SUM;
        case SUM_TWICE -> MergeMethod.SUM_TWICE;
        case NO_INTERPOLATION -> MergeMethod.NO_INTERPOLATION;
        case SLERP -> MergeMethod.SLERP;
        case ADD_PERPENDICULAR -> MergeMethod.ADD_PERPENDICULAR;
        case TIES -> MergeMethod.TIES;
        case DARE -> MergeMethod.DARE;
        case DARE_TIES -> MergeMethod.DARE_TIES;
        case TRAIN_DIFFERENCE -> MergeMethod.TRAIN_DIFFERENCE;
        case TENSOR_SUM -> MergeMethod.TENSOR_SUM;
        case TENSOR_SWAP -> MergeMethod.TENSOR_SWAP;
        case COSINE_A -> MergeMethod.COSINE_A;
        case COSINE_B -> MergeMethod.COSINE_B;
        };
    }

    private static Path model(RunContext context, BaseModel model, EReference feature, boolean needed) {
        if (!needed) {
            return null;
        }
        if (model == null || model.getPath() == null) {
            throw new IllegalArgumentException(feature.getName() + ": this merge needs it; choose a base model of the project");
        }
        return context.resolve(model.getPath());
    }
}

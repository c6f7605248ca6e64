package org.atelier.ui;

import org.atelier.core.model.EmbeddingFormat;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SavesEmbedding;
import org.atelier.core.model.SavesWeights;
import org.atelier.core.runs.RunSettings;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Atelier's preferences: the device runs compute on (each device has its queue of runs), the threads PyTorch uses,
 * the CLIP tokenizer for single-file checkpoints, DJL's cache folder and the latent cache folder apply to the runs
 * started after a change (each run is a process of its own, which says them in its log) and to the Generate view's
 * model when it loads next; the output precision and embedding format are what new experiments save.
 */
public final class AtelierPreferences extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.atelier.ui.preferences";
    public static final String THREADS = "threads";
    public static final String TOKENIZER = "tokenizer";
    public static final String DJL_CACHE = "djlCache";
    public static final String LATENT_CACHE = "latentCache";
    public static final String DEVICE = "device";
    public static final String OUTPUT_PRECISION = "outputPrecision";
    public static final String EMBEDDING_FORMAT = "embeddingFormat";

    public AtelierPreferences() {
        super(GRID);
        setDescription("For the runs started after a change; each run says them in its log.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(AtelierUi.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(DEVICE, "Device:", new String[][] { { "Automatic (a CUDA GPU when there is one)", "" },
                { "CPU", "cpu" }, { "GPU 0", "gpu0" }, { "GPU 1", "gpu1" }, { "GPU 2", "gpu2" }, { "GPU 3", "gpu3" } },
                getFieldEditorParent()));
        IntegerFieldEditor threads = new IntegerFieldEditor(THREADS, "PyTorch threads per operation (0: one per core):",
                getFieldEditorParent());
        threads.setValidRange(0, 1024);
        addField(threads);
        addField(new DirectoryFieldEditor(TOKENIZER, "CLIP tokenizer folder (vocab.json, merges.txt):", getFieldEditorParent()));
        addField(new DirectoryFieldEditor(LATENT_CACHE, "Latent cache folder (empty: each project's .atelier/cache):",
                getFieldEditorParent()));
        addField(new DirectoryFieldEditor(DJL_CACHE, "PyTorch natives folder (empty: ~/.djl.ai):", getFieldEditorParent()));
        addField(new ComboFieldEditor(OUTPUT_PRECISION, "New experiments save their weights as:", new String[][] {
                { "The method's default", "" }, { "fp16", "FP16" }, { "bf16", "BF16" }, { "fp32", "FP32" },
                { "The base model's types", "KEEP" } }, getFieldEditorParent()));
        addField(new ComboFieldEditor(EMBEDDING_FORMAT, "New textual inversions save:", new String[][] {
                { "The method's default", "" }, { "safetensors (kohya, ComfyUI)", "SAFETENSORS" },
                { "AUTOMATIC1111 .pt", "A1111_PT" }, { "diffusers", "DIFFUSERS" } }, getFieldEditorParent()));
    }

    /**
     * Gives a new experiment's configuration the output preferences: the precision where its method saves weights,
     * the format where it saves an embedding.
     */
    public static void applyOutputDefaults(EObject config) {
        IPreferenceStore store = AtelierUi.getDefault().getPreferenceStore();
        // an empty preference (the method's default) is no literal
        Precision precision = Precision.get(store.getString(OUTPUT_PRECISION));
        EmbeddingFormat format = EmbeddingFormat.get(store.getString(EMBEDDING_FORMAT));
        if (config instanceof SavesWeights weights && precision != null) {
            weights.setOutputType(precision);
        }
        if (config instanceof SavesEmbedding embedding && format != null) {
            embedding.setOutputFormat(format);
        }
    }

    /** Makes the preferences this process's run settings: at start, and whenever one changes. */
    static void apply(IPreferenceStore store) {
        int threads = store.getInt(THREADS);
        RunSettings.set(RunSettings.THREADS, threads > 0 ? Integer.toString(threads) : null);
        RunSettings.set(RunSettings.TOKENIZER, store.getString(TOKENIZER));
        RunSettings.set(RunSettings.LATENT_CACHE, store.getString(LATENT_CACHE));
        RunSettings.set(RunSettings.DJL_CACHE, store.getString(DJL_CACHE));
        RunSettings.set(RunSettings.DEVICE, store.getString(DEVICE));
    }
}

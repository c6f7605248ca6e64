/**
 */
package org.atelier.methods.customdiffusion.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SavesWeights;

import org.atelier.methods.customdiffusion.model.CustomDiffusionConfig;
import org.atelier.methods.customdiffusion.model.CustomDiffusionPackage;
import org.atelier.methods.customdiffusion.model.TrainedProjections;

import org.atelier.training.model.impl.TrainingConfigImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getOutputType <em>Output Type</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getModifierToken <em>Modifier Token</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getInitializerToken <em>Initializer Token</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getInstancePrompt <em>Instance Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#isUseCaptions <em>Use Captions</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getTrains <em>Trains</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#isPriorPreservation <em>Prior Preservation</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getClassPrompt <em>Class Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getClassImages <em>Class Images</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getPriorLossWeight <em>Prior Loss Weight</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getClassNegativePrompt <em>Class Negative Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getClassSampler <em>Class Sampler</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getClassSteps <em>Class Steps</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getClassCfgScale <em>Class Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getClassSeed <em>Class Seed</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#isExportDiff <em>Export Diff</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#isExportCheckpoint <em>Export Checkpoint</em>}</li>
 *   <li>{@link org.atelier.methods.customdiffusion.model.impl.CustomDiffusionConfigImpl#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CustomDiffusionConfigImpl extends TrainingConfigImpl implements CustomDiffusionConfig {
	/**
	 * The default value of the '{@link #getOutputType() <em>Output Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputType()
	 * @generated
	 * @ordered
	 */
	protected static final Precision OUTPUT_TYPE_EDEFAULT = Precision.FP16;

	/**
	 * The cached value of the '{@link #getOutputType() <em>Output Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputType()
	 * @generated
	 * @ordered
	 */
	protected Precision outputType = OUTPUT_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifierToken() <em>Modifier Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifierToken()
	 * @generated
	 * @ordered
	 */
	protected static final String MODIFIER_TOKEN_EDEFAULT = "<new1>";

	/**
	 * The cached value of the '{@link #getModifierToken() <em>Modifier Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifierToken()
	 * @generated
	 * @ordered
	 */
	protected String modifierToken = MODIFIER_TOKEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitializerToken() <em>Initializer Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitializerToken()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIALIZER_TOKEN_EDEFAULT = "ktn+pll+ucd";

	/**
	 * The cached value of the '{@link #getInitializerToken() <em>Initializer Token</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitializerToken()
	 * @generated
	 * @ordered
	 */
	protected String initializerToken = INITIALIZER_TOKEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstancePrompt() <em>Instance Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstancePrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTANCE_PROMPT_EDEFAULT = "photo of a <new1> cat";

	/**
	 * The cached value of the '{@link #getInstancePrompt() <em>Instance Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstancePrompt()
	 * @generated
	 * @ordered
	 */
	protected String instancePrompt = INSTANCE_PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #isUseCaptions() <em>Use Captions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseCaptions()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USE_CAPTIONS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUseCaptions() <em>Use Captions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUseCaptions()
	 * @generated
	 * @ordered
	 */
	protected boolean useCaptions = USE_CAPTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrains() <em>Trains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrains()
	 * @generated
	 * @ordered
	 */
	protected static final TrainedProjections TRAINS_EDEFAULT = TrainedProjections.CROSSATTN_KV;

	/**
	 * The cached value of the '{@link #getTrains() <em>Trains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrains()
	 * @generated
	 * @ordered
	 */
	protected TrainedProjections trains = TRAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #isPriorPreservation() <em>Prior Preservation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPriorPreservation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIOR_PRESERVATION_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPriorPreservation() <em>Prior Preservation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPriorPreservation()
	 * @generated
	 * @ordered
	 */
	protected boolean priorPreservation = PRIOR_PRESERVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassPrompt() <em>Class Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassPrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_PROMPT_EDEFAULT = "cat";

	/**
	 * The cached value of the '{@link #getClassPrompt() <em>Class Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassPrompt()
	 * @generated
	 * @ordered
	 */
	protected String classPrompt = CLASS_PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassImages() <em>Class Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassImages()
	 * @generated
	 * @ordered
	 */
	protected static final int CLASS_IMAGES_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getClassImages() <em>Class Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassImages()
	 * @generated
	 * @ordered
	 */
	protected int classImages = CLASS_IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriorLossWeight() <em>Prior Loss Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorLossWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double PRIOR_LOSS_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPriorLossWeight() <em>Prior Loss Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorLossWeight()
	 * @generated
	 * @ordered
	 */
	protected double priorLossWeight = PRIOR_LOSS_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassNegativePrompt() <em>Class Negative Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassNegativePrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_NEGATIVE_PROMPT_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getClassNegativePrompt() <em>Class Negative Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassNegativePrompt()
	 * @generated
	 * @ordered
	 */
	protected String classNegativePrompt = CLASS_NEGATIVE_PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassSampler() <em>Class Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassSampler()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_SAMPLER_EDEFAULT = "euler-a";

	/**
	 * The cached value of the '{@link #getClassSampler() <em>Class Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassSampler()
	 * @generated
	 * @ordered
	 */
	protected String classSampler = CLASS_SAMPLER_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassSteps() <em>Class Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int CLASS_STEPS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getClassSteps() <em>Class Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassSteps()
	 * @generated
	 * @ordered
	 */
	protected int classSteps = CLASS_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassCfgScale() <em>Class Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCfgScale()
	 * @generated
	 * @ordered
	 */
	protected static final double CLASS_CFG_SCALE_EDEFAULT = 7.0;

	/**
	 * The cached value of the '{@link #getClassCfgScale() <em>Class Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassCfgScale()
	 * @generated
	 * @ordered
	 */
	protected double classCfgScale = CLASS_CFG_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassSeed() <em>Class Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long CLASS_SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getClassSeed() <em>Class Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassSeed()
	 * @generated
	 * @ordered
	 */
	protected long classSeed = CLASS_SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #isExportDiff() <em>Export Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExportDiff()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXPORT_DIFF_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isExportDiff() <em>Export Diff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExportDiff()
	 * @generated
	 * @ordered
	 */
	protected boolean exportDiff = EXPORT_DIFF_EDEFAULT;

	/**
	 * The default value of the '{@link #isExportCheckpoint() <em>Export Checkpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExportCheckpoint()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXPORT_CHECKPOINT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExportCheckpoint() <em>Export Checkpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExportCheckpoint()
	 * @generated
	 * @ordered
	 */
	protected boolean exportCheckpoint = EXPORT_CHECKPOINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputName() <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputName()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_NAME_EDEFAULT = "custom-diffusion";

	/**
	 * The cached value of the '{@link #getOutputName() <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputName()
	 * @generated
	 * @ordered
	 */
	protected String outputName = OUTPUT_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CustomDiffusionConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CustomDiffusionPackage.Literals.CUSTOM_DIFFUSION_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Precision getOutputType() {
		return outputType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputType(Precision newOutputType) {
		Precision oldOutputType = outputType;
		outputType = newOutputType == null ? OUTPUT_TYPE_EDEFAULT : newOutputType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE, oldOutputType, outputType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModifierToken() {
		return modifierToken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifierToken(String newModifierToken) {
		String oldModifierToken = modifierToken;
		modifierToken = newModifierToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN, oldModifierToken, modifierToken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitializerToken() {
		return initializerToken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitializerToken(String newInitializerToken) {
		String oldInitializerToken = initializerToken;
		initializerToken = newInitializerToken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN, oldInitializerToken, initializerToken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstancePrompt() {
		return instancePrompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstancePrompt(String newInstancePrompt) {
		String oldInstancePrompt = instancePrompt;
		instancePrompt = newInstancePrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT, oldInstancePrompt, instancePrompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUseCaptions() {
		return useCaptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseCaptions(boolean newUseCaptions) {
		boolean oldUseCaptions = useCaptions;
		useCaptions = newUseCaptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS, oldUseCaptions, useCaptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainedProjections getTrains() {
		return trains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrains(TrainedProjections newTrains) {
		TrainedProjections oldTrains = trains;
		trains = newTrains == null ? TRAINS_EDEFAULT : newTrains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__TRAINS, oldTrains, trains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPriorPreservation() {
		return priorPreservation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorPreservation(boolean newPriorPreservation) {
		boolean oldPriorPreservation = priorPreservation;
		priorPreservation = newPriorPreservation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION, oldPriorPreservation, priorPreservation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassPrompt() {
		return classPrompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassPrompt(String newClassPrompt) {
		String oldClassPrompt = classPrompt;
		classPrompt = newClassPrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT, oldClassPrompt, classPrompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClassImages() {
		return classImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassImages(int newClassImages) {
		int oldClassImages = classImages;
		classImages = newClassImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES, oldClassImages, classImages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPriorLossWeight() {
		return priorLossWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorLossWeight(double newPriorLossWeight) {
		double oldPriorLossWeight = priorLossWeight;
		priorLossWeight = newPriorLossWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT, oldPriorLossWeight, priorLossWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassNegativePrompt() {
		return classNegativePrompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassNegativePrompt(String newClassNegativePrompt) {
		String oldClassNegativePrompt = classNegativePrompt;
		classNegativePrompt = newClassNegativePrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT, oldClassNegativePrompt, classNegativePrompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassSampler() {
		return classSampler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassSampler(String newClassSampler) {
		String oldClassSampler = classSampler;
		classSampler = newClassSampler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER, oldClassSampler, classSampler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getClassSteps() {
		return classSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassSteps(int newClassSteps) {
		int oldClassSteps = classSteps;
		classSteps = newClassSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS, oldClassSteps, classSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getClassCfgScale() {
		return classCfgScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassCfgScale(double newClassCfgScale) {
		double oldClassCfgScale = classCfgScale;
		classCfgScale = newClassCfgScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE, oldClassCfgScale, classCfgScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getClassSeed() {
		return classSeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassSeed(long newClassSeed) {
		long oldClassSeed = classSeed;
		classSeed = newClassSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SEED, oldClassSeed, classSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExportDiff() {
		return exportDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExportDiff(boolean newExportDiff) {
		boolean oldExportDiff = exportDiff;
		exportDiff = newExportDiff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF, oldExportDiff, exportDiff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExportCheckpoint() {
		return exportCheckpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExportCheckpoint(boolean newExportCheckpoint) {
		boolean oldExportCheckpoint = exportCheckpoint;
		exportCheckpoint = newExportCheckpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT, oldExportCheckpoint, exportCheckpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutputName() {
		return outputName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputName(String newOutputName) {
		String oldOutputName = outputName;
		outputName = newOutputName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME, oldOutputName, outputName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE:
				return getOutputType();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN:
				return getModifierToken();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN:
				return getInitializerToken();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT:
				return getInstancePrompt();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS:
				return isUseCaptions();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__TRAINS:
				return getTrains();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION:
				return isPriorPreservation();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT:
				return getClassPrompt();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES:
				return getClassImages();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT:
				return getPriorLossWeight();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT:
				return getClassNegativePrompt();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER:
				return getClassSampler();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS:
				return getClassSteps();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE:
				return getClassCfgScale();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SEED:
				return getClassSeed();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF:
				return isExportDiff();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT:
				return isExportCheckpoint();
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME:
				return getOutputName();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE:
				setOutputType((Precision)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN:
				setModifierToken((String)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN:
				setInitializerToken((String)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT:
				setInstancePrompt((String)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS:
				setUseCaptions((Boolean)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__TRAINS:
				setTrains((TrainedProjections)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION:
				setPriorPreservation((Boolean)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT:
				setClassPrompt((String)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES:
				setClassImages((Integer)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT:
				setPriorLossWeight((Double)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT:
				setClassNegativePrompt((String)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER:
				setClassSampler((String)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS:
				setClassSteps((Integer)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE:
				setClassCfgScale((Double)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SEED:
				setClassSeed((Long)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF:
				setExportDiff((Boolean)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT:
				setExportCheckpoint((Boolean)newValue);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME:
				setOutputName((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE:
				setOutputType(OUTPUT_TYPE_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN:
				setModifierToken(MODIFIER_TOKEN_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN:
				setInitializerToken(INITIALIZER_TOKEN_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT:
				setInstancePrompt(INSTANCE_PROMPT_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS:
				setUseCaptions(USE_CAPTIONS_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__TRAINS:
				setTrains(TRAINS_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION:
				setPriorPreservation(PRIOR_PRESERVATION_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT:
				setClassPrompt(CLASS_PROMPT_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES:
				setClassImages(CLASS_IMAGES_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT:
				setPriorLossWeight(PRIOR_LOSS_WEIGHT_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT:
				setClassNegativePrompt(CLASS_NEGATIVE_PROMPT_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER:
				setClassSampler(CLASS_SAMPLER_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS:
				setClassSteps(CLASS_STEPS_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE:
				setClassCfgScale(CLASS_CFG_SCALE_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SEED:
				setClassSeed(CLASS_SEED_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF:
				setExportDiff(EXPORT_DIFF_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT:
				setExportCheckpoint(EXPORT_CHECKPOINT_EDEFAULT);
				return;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME:
				setOutputName(OUTPUT_NAME_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE:
				return outputType != OUTPUT_TYPE_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__MODIFIER_TOKEN:
				return MODIFIER_TOKEN_EDEFAULT == null ? modifierToken != null : !MODIFIER_TOKEN_EDEFAULT.equals(modifierToken);
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INITIALIZER_TOKEN:
				return INITIALIZER_TOKEN_EDEFAULT == null ? initializerToken != null : !INITIALIZER_TOKEN_EDEFAULT.equals(initializerToken);
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__INSTANCE_PROMPT:
				return INSTANCE_PROMPT_EDEFAULT == null ? instancePrompt != null : !INSTANCE_PROMPT_EDEFAULT.equals(instancePrompt);
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__USE_CAPTIONS:
				return useCaptions != USE_CAPTIONS_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__TRAINS:
				return trains != TRAINS_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_PRESERVATION:
				return priorPreservation != PRIOR_PRESERVATION_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_PROMPT:
				return CLASS_PROMPT_EDEFAULT == null ? classPrompt != null : !CLASS_PROMPT_EDEFAULT.equals(classPrompt);
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_IMAGES:
				return classImages != CLASS_IMAGES_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__PRIOR_LOSS_WEIGHT:
				return priorLossWeight != PRIOR_LOSS_WEIGHT_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_NEGATIVE_PROMPT:
				return CLASS_NEGATIVE_PROMPT_EDEFAULT == null ? classNegativePrompt != null : !CLASS_NEGATIVE_PROMPT_EDEFAULT.equals(classNegativePrompt);
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SAMPLER:
				return CLASS_SAMPLER_EDEFAULT == null ? classSampler != null : !CLASS_SAMPLER_EDEFAULT.equals(classSampler);
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_STEPS:
				return classSteps != CLASS_STEPS_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_CFG_SCALE:
				return classCfgScale != CLASS_CFG_SCALE_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__CLASS_SEED:
				return classSeed != CLASS_SEED_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_DIFF:
				return exportDiff != EXPORT_DIFF_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__EXPORT_CHECKPOINT:
				return exportCheckpoint != EXPORT_CHECKPOINT_EDEFAULT;
			case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_NAME:
				return OUTPUT_NAME_EDEFAULT == null ? outputName != null : !OUTPUT_NAME_EDEFAULT.equals(outputName);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == SavesWeights.class) {
			switch (derivedFeatureID) {
				case CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE: return AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == SavesWeights.class) {
			switch (baseFeatureID) {
				case AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE: return CustomDiffusionPackage.CUSTOM_DIFFUSION_CONFIG__OUTPUT_TYPE;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (outputType: ");
		result.append(outputType);
		result.append(", modifierToken: ");
		result.append(modifierToken);
		result.append(", initializerToken: ");
		result.append(initializerToken);
		result.append(", instancePrompt: ");
		result.append(instancePrompt);
		result.append(", useCaptions: ");
		result.append(useCaptions);
		result.append(", trains: ");
		result.append(trains);
		result.append(", priorPreservation: ");
		result.append(priorPreservation);
		result.append(", classPrompt: ");
		result.append(classPrompt);
		result.append(", classImages: ");
		result.append(classImages);
		result.append(", priorLossWeight: ");
		result.append(priorLossWeight);
		result.append(", classNegativePrompt: ");
		result.append(classNegativePrompt);
		result.append(", classSampler: ");
		result.append(classSampler);
		result.append(", classSteps: ");
		result.append(classSteps);
		result.append(", classCfgScale: ");
		result.append(classCfgScale);
		result.append(", classSeed: ");
		result.append(classSeed);
		result.append(", exportDiff: ");
		result.append(exportDiff);
		result.append(", exportCheckpoint: ");
		result.append(exportCheckpoint);
		result.append(", outputName: ");
		result.append(outputName);
		result.append(')');
		return result.toString();
	}

} //CustomDiffusionConfigImpl

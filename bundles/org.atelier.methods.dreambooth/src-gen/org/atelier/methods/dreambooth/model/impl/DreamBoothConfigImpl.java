/**
 */
package org.atelier.methods.dreambooth.model.impl;

import org.atelier.methods.dreambooth.model.DreamBoothConfig;
import org.atelier.methods.dreambooth.model.DreamBoothPackage;

import org.atelier.methods.finetune.model.impl.FineTuneConfigImpl;

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
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getInstancePrompt <em>Instance Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#isUseCaptions <em>Use Captions</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getClassPrompt <em>Class Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#isPriorPreservation <em>Prior Preservation</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getClassImages <em>Class Images</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getPriorLossWeight <em>Prior Loss Weight</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getClassNegativePrompt <em>Class Negative Prompt</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getClassSampler <em>Class Sampler</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getClassSteps <em>Class Steps</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getClassCfgScale <em>Class Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getClassSeed <em>Class Seed</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#isTrainsLora <em>Trains Lora</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getLoraRank <em>Lora Rank</em>}</li>
 *   <li>{@link org.atelier.methods.dreambooth.model.impl.DreamBoothConfigImpl#getLoraAlpha <em>Lora Alpha</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DreamBoothConfigImpl extends FineTuneConfigImpl implements DreamBoothConfig {
	/**
	 * The default value of the '{@link #getInstancePrompt() <em>Instance Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstancePrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTANCE_PROMPT_EDEFAULT = "a photo of sks dog";

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
	 * The default value of the '{@link #getClassPrompt() <em>Class Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassPrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_PROMPT_EDEFAULT = "a photo of dog";

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
	 * The default value of the '{@link #getClassImages() <em>Class Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassImages()
	 * @generated
	 * @ordered
	 */
	protected static final int CLASS_IMAGES_EDEFAULT = 100;

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
	 * The default value of the '{@link #isTrainsLora() <em>Trains Lora</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainsLora()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAINS_LORA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTrainsLora() <em>Trains Lora</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainsLora()
	 * @generated
	 * @ordered
	 */
	protected boolean trainsLora = TRAINS_LORA_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoraRank() <em>Lora Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoraRank()
	 * @generated
	 * @ordered
	 */
	protected static final int LORA_RANK_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getLoraRank() <em>Lora Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoraRank()
	 * @generated
	 * @ordered
	 */
	protected int loraRank = LORA_RANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoraAlpha() <em>Lora Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoraAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double LORA_ALPHA_EDEFAULT = 8.0;

	/**
	 * The cached value of the '{@link #getLoraAlpha() <em>Lora Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoraAlpha()
	 * @generated
	 * @ordered
	 */
	protected double loraAlpha = LORA_ALPHA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DreamBoothConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DreamBoothPackage.Literals.DREAM_BOOTH_CONFIG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__INSTANCE_PROMPT, oldInstancePrompt, instancePrompt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__USE_CAPTIONS, oldUseCaptions, useCaptions));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_PROMPT, oldClassPrompt, classPrompt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION, oldPriorPreservation, priorPreservation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_IMAGES, oldClassImages, classImages));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT, oldPriorLossWeight, priorLossWeight));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT, oldClassNegativePrompt, classNegativePrompt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SAMPLER, oldClassSampler, classSampler));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_STEPS, oldClassSteps, classSteps));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE, oldClassCfgScale, classCfgScale));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SEED, oldClassSeed, classSeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrainsLora() {
		return trainsLora;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainsLora(boolean newTrainsLora) {
		boolean oldTrainsLora = trainsLora;
		trainsLora = newTrainsLora;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__TRAINS_LORA, oldTrainsLora, trainsLora));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLoraRank() {
		return loraRank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoraRank(int newLoraRank) {
		int oldLoraRank = loraRank;
		loraRank = newLoraRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_RANK, oldLoraRank, loraRank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLoraAlpha() {
		return loraAlpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoraAlpha(double newLoraAlpha) {
		double oldLoraAlpha = loraAlpha;
		loraAlpha = newLoraAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_ALPHA, oldLoraAlpha, loraAlpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__INSTANCE_PROMPT:
				return getInstancePrompt();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__USE_CAPTIONS:
				return isUseCaptions();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_PROMPT:
				return getClassPrompt();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION:
				return isPriorPreservation();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_IMAGES:
				return getClassImages();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT:
				return getPriorLossWeight();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT:
				return getClassNegativePrompt();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SAMPLER:
				return getClassSampler();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_STEPS:
				return getClassSteps();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE:
				return getClassCfgScale();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SEED:
				return getClassSeed();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__TRAINS_LORA:
				return isTrainsLora();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_RANK:
				return getLoraRank();
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_ALPHA:
				return getLoraAlpha();
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
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__INSTANCE_PROMPT:
				setInstancePrompt((String)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__USE_CAPTIONS:
				setUseCaptions((Boolean)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_PROMPT:
				setClassPrompt((String)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION:
				setPriorPreservation((Boolean)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_IMAGES:
				setClassImages((Integer)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT:
				setPriorLossWeight((Double)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT:
				setClassNegativePrompt((String)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SAMPLER:
				setClassSampler((String)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_STEPS:
				setClassSteps((Integer)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE:
				setClassCfgScale((Double)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SEED:
				setClassSeed((Long)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__TRAINS_LORA:
				setTrainsLora((Boolean)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_RANK:
				setLoraRank((Integer)newValue);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_ALPHA:
				setLoraAlpha((Double)newValue);
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
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__INSTANCE_PROMPT:
				setInstancePrompt(INSTANCE_PROMPT_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__USE_CAPTIONS:
				setUseCaptions(USE_CAPTIONS_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_PROMPT:
				setClassPrompt(CLASS_PROMPT_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION:
				setPriorPreservation(PRIOR_PRESERVATION_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_IMAGES:
				setClassImages(CLASS_IMAGES_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT:
				setPriorLossWeight(PRIOR_LOSS_WEIGHT_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT:
				setClassNegativePrompt(CLASS_NEGATIVE_PROMPT_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SAMPLER:
				setClassSampler(CLASS_SAMPLER_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_STEPS:
				setClassSteps(CLASS_STEPS_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE:
				setClassCfgScale(CLASS_CFG_SCALE_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SEED:
				setClassSeed(CLASS_SEED_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__TRAINS_LORA:
				setTrainsLora(TRAINS_LORA_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_RANK:
				setLoraRank(LORA_RANK_EDEFAULT);
				return;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_ALPHA:
				setLoraAlpha(LORA_ALPHA_EDEFAULT);
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
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__INSTANCE_PROMPT:
				return INSTANCE_PROMPT_EDEFAULT == null ? instancePrompt != null : !INSTANCE_PROMPT_EDEFAULT.equals(instancePrompt);
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__USE_CAPTIONS:
				return useCaptions != USE_CAPTIONS_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_PROMPT:
				return CLASS_PROMPT_EDEFAULT == null ? classPrompt != null : !CLASS_PROMPT_EDEFAULT.equals(classPrompt);
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_PRESERVATION:
				return priorPreservation != PRIOR_PRESERVATION_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_IMAGES:
				return classImages != CLASS_IMAGES_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__PRIOR_LOSS_WEIGHT:
				return priorLossWeight != PRIOR_LOSS_WEIGHT_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_NEGATIVE_PROMPT:
				return CLASS_NEGATIVE_PROMPT_EDEFAULT == null ? classNegativePrompt != null : !CLASS_NEGATIVE_PROMPT_EDEFAULT.equals(classNegativePrompt);
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SAMPLER:
				return CLASS_SAMPLER_EDEFAULT == null ? classSampler != null : !CLASS_SAMPLER_EDEFAULT.equals(classSampler);
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_STEPS:
				return classSteps != CLASS_STEPS_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_CFG_SCALE:
				return classCfgScale != CLASS_CFG_SCALE_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__CLASS_SEED:
				return classSeed != CLASS_SEED_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__TRAINS_LORA:
				return trainsLora != TRAINS_LORA_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_RANK:
				return loraRank != LORA_RANK_EDEFAULT;
			case DreamBoothPackage.DREAM_BOOTH_CONFIG__LORA_ALPHA:
				return loraAlpha != LORA_ALPHA_EDEFAULT;
		}
		return super.eIsSet(featureID);
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
		result.append(" (instancePrompt: ");
		result.append(instancePrompt);
		result.append(", useCaptions: ");
		result.append(useCaptions);
		result.append(", classPrompt: ");
		result.append(classPrompt);
		result.append(", priorPreservation: ");
		result.append(priorPreservation);
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
		result.append(", trainsLora: ");
		result.append(trainsLora);
		result.append(", loraRank: ");
		result.append(loraRank);
		result.append(", loraAlpha: ");
		result.append(loraAlpha);
		result.append(')');
		return result.toString();
	}

} //DreamBoothConfigImpl

/**
 */
package org.atelier.methods.merge.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.BaseModel;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SavesWeights;

import org.atelier.core.model.impl.MethodConfigImpl;

import org.atelier.methods.merge.model.MergeAlgorithm;
import org.atelier.methods.merge.model.MergeConfig;
import org.atelier.methods.merge.model.MergePackage;
import org.atelier.methods.merge.model.OutputFormat;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getOutputType <em>Output Type</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getModelB <em>Model B</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getModelC <em>Model C</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getMultiplier <em>Multiplier</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getBeta <em>Beta</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getBlockWeights <em>Block Weights</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getDiscardWeights <em>Discard Weights</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getBakeVae <em>Bake Vae</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getOutputFormat <em>Output Format</em>}</li>
 *   <li>{@link org.atelier.methods.merge.model.impl.MergeConfigImpl#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MergeConfigImpl extends MethodConfigImpl implements MergeConfig {
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
	 * The default value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final MergeAlgorithm ALGORITHM_EDEFAULT = MergeAlgorithm.WEIGHTED_SUM;

	/**
	 * The cached value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected MergeAlgorithm algorithm = ALGORITHM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModelB() <em>Model B</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelB()
	 * @generated
	 * @ordered
	 */
	protected BaseModel modelB;

	/**
	 * The cached value of the '{@link #getModelC() <em>Model C</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelC()
	 * @generated
	 * @ordered
	 */
	protected BaseModel modelC;

	/**
	 * The default value of the '{@link #getMultiplier() <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplier()
	 * @generated
	 * @ordered
	 */
	protected static final double MULTIPLIER_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getMultiplier() <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplier()
	 * @generated
	 * @ordered
	 */
	protected double multiplier = MULTIPLIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBeta() <em>Beta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta()
	 * @generated
	 * @ordered
	 */
	protected double beta = BETA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBlockWeights() <em>Block Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockWeights()
	 * @generated
	 * @ordered
	 */
	protected static final String BLOCK_WEIGHTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBlockWeights() <em>Block Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBlockWeights()
	 * @generated
	 * @ordered
	 */
	protected String blockWeights = BLOCK_WEIGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscardWeights() <em>Discard Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscardWeights()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCARD_WEIGHTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscardWeights() <em>Discard Weights</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscardWeights()
	 * @generated
	 * @ordered
	 */
	protected String discardWeights = DISCARD_WEIGHTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBakeVae() <em>Bake Vae</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBakeVae()
	 * @generated
	 * @ordered
	 */
	protected static final String BAKE_VAE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBakeVae() <em>Bake Vae</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBakeVae()
	 * @generated
	 * @ordered
	 */
	protected String bakeVae = BAKE_VAE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputFormat() <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputFormat()
	 * @generated
	 * @ordered
	 */
	protected static final OutputFormat OUTPUT_FORMAT_EDEFAULT = OutputFormat.SAFETENSORS;

	/**
	 * The cached value of the '{@link #getOutputFormat() <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputFormat()
	 * @generated
	 * @ordered
	 */
	protected OutputFormat outputFormat = OUTPUT_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputName() <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputName()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_NAME_EDEFAULT = "merged";

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
	protected MergeConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MergePackage.Literals.MERGE_CONFIG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__OUTPUT_TYPE, oldOutputType, outputType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeAlgorithm getAlgorithm() {
		return algorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithm(MergeAlgorithm newAlgorithm) {
		MergeAlgorithm oldAlgorithm = algorithm;
		algorithm = newAlgorithm == null ? ALGORITHM_EDEFAULT : newAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__ALGORITHM, oldAlgorithm, algorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaseModel getModelB() {
		if (modelB != null && modelB.eIsProxy()) {
			InternalEObject oldModelB = (InternalEObject)modelB;
			modelB = (BaseModel)eResolveProxy(oldModelB);
			if (modelB != oldModelB) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MergePackage.MERGE_CONFIG__MODEL_B, oldModelB, modelB));
			}
		}
		return modelB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BaseModel basicGetModelB() {
		return modelB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelB(BaseModel newModelB) {
		BaseModel oldModelB = modelB;
		modelB = newModelB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__MODEL_B, oldModelB, modelB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BaseModel getModelC() {
		if (modelC != null && modelC.eIsProxy()) {
			InternalEObject oldModelC = (InternalEObject)modelC;
			modelC = (BaseModel)eResolveProxy(oldModelC);
			if (modelC != oldModelC) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MergePackage.MERGE_CONFIG__MODEL_C, oldModelC, modelC));
			}
		}
		return modelC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BaseModel basicGetModelC() {
		return modelC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelC(BaseModel newModelC) {
		BaseModel oldModelC = modelC;
		modelC = newModelC;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__MODEL_C, oldModelC, modelC));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMultiplier() {
		return multiplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiplier(double newMultiplier) {
		double oldMultiplier = multiplier;
		multiplier = newMultiplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__MULTIPLIER, oldMultiplier, multiplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta() {
		return beta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta(double newBeta) {
		double oldBeta = beta;
		beta = newBeta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__BETA, oldBeta, beta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBlockWeights() {
		return blockWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBlockWeights(String newBlockWeights) {
		String oldBlockWeights = blockWeights;
		blockWeights = newBlockWeights;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__BLOCK_WEIGHTS, oldBlockWeights, blockWeights));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscardWeights() {
		return discardWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscardWeights(String newDiscardWeights) {
		String oldDiscardWeights = discardWeights;
		discardWeights = newDiscardWeights;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__DISCARD_WEIGHTS, oldDiscardWeights, discardWeights));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBakeVae() {
		return bakeVae;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBakeVae(String newBakeVae) {
		String oldBakeVae = bakeVae;
		bakeVae = newBakeVae;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__BAKE_VAE, oldBakeVae, bakeVae));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutputFormat getOutputFormat() {
		return outputFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputFormat(OutputFormat newOutputFormat) {
		OutputFormat oldOutputFormat = outputFormat;
		outputFormat = newOutputFormat == null ? OUTPUT_FORMAT_EDEFAULT : newOutputFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__OUTPUT_FORMAT, oldOutputFormat, outputFormat));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MergePackage.MERGE_CONFIG__OUTPUT_NAME, oldOutputName, outputName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MergePackage.MERGE_CONFIG__OUTPUT_TYPE:
				return getOutputType();
			case MergePackage.MERGE_CONFIG__ALGORITHM:
				return getAlgorithm();
			case MergePackage.MERGE_CONFIG__MODEL_B:
				if (resolve) return getModelB();
				return basicGetModelB();
			case MergePackage.MERGE_CONFIG__MODEL_C:
				if (resolve) return getModelC();
				return basicGetModelC();
			case MergePackage.MERGE_CONFIG__MULTIPLIER:
				return getMultiplier();
			case MergePackage.MERGE_CONFIG__BETA:
				return getBeta();
			case MergePackage.MERGE_CONFIG__SEED:
				return getSeed();
			case MergePackage.MERGE_CONFIG__BLOCK_WEIGHTS:
				return getBlockWeights();
			case MergePackage.MERGE_CONFIG__DISCARD_WEIGHTS:
				return getDiscardWeights();
			case MergePackage.MERGE_CONFIG__BAKE_VAE:
				return getBakeVae();
			case MergePackage.MERGE_CONFIG__OUTPUT_FORMAT:
				return getOutputFormat();
			case MergePackage.MERGE_CONFIG__OUTPUT_NAME:
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
			case MergePackage.MERGE_CONFIG__OUTPUT_TYPE:
				setOutputType((Precision)newValue);
				return;
			case MergePackage.MERGE_CONFIG__ALGORITHM:
				setAlgorithm((MergeAlgorithm)newValue);
				return;
			case MergePackage.MERGE_CONFIG__MODEL_B:
				setModelB((BaseModel)newValue);
				return;
			case MergePackage.MERGE_CONFIG__MODEL_C:
				setModelC((BaseModel)newValue);
				return;
			case MergePackage.MERGE_CONFIG__MULTIPLIER:
				setMultiplier((Double)newValue);
				return;
			case MergePackage.MERGE_CONFIG__BETA:
				setBeta((Double)newValue);
				return;
			case MergePackage.MERGE_CONFIG__SEED:
				setSeed((Long)newValue);
				return;
			case MergePackage.MERGE_CONFIG__BLOCK_WEIGHTS:
				setBlockWeights((String)newValue);
				return;
			case MergePackage.MERGE_CONFIG__DISCARD_WEIGHTS:
				setDiscardWeights((String)newValue);
				return;
			case MergePackage.MERGE_CONFIG__BAKE_VAE:
				setBakeVae((String)newValue);
				return;
			case MergePackage.MERGE_CONFIG__OUTPUT_FORMAT:
				setOutputFormat((OutputFormat)newValue);
				return;
			case MergePackage.MERGE_CONFIG__OUTPUT_NAME:
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
			case MergePackage.MERGE_CONFIG__OUTPUT_TYPE:
				setOutputType(OUTPUT_TYPE_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__ALGORITHM:
				setAlgorithm(ALGORITHM_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__MODEL_B:
				setModelB((BaseModel)null);
				return;
			case MergePackage.MERGE_CONFIG__MODEL_C:
				setModelC((BaseModel)null);
				return;
			case MergePackage.MERGE_CONFIG__MULTIPLIER:
				setMultiplier(MULTIPLIER_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__BETA:
				setBeta(BETA_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__BLOCK_WEIGHTS:
				setBlockWeights(BLOCK_WEIGHTS_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__DISCARD_WEIGHTS:
				setDiscardWeights(DISCARD_WEIGHTS_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__BAKE_VAE:
				setBakeVae(BAKE_VAE_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__OUTPUT_FORMAT:
				setOutputFormat(OUTPUT_FORMAT_EDEFAULT);
				return;
			case MergePackage.MERGE_CONFIG__OUTPUT_NAME:
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
			case MergePackage.MERGE_CONFIG__OUTPUT_TYPE:
				return outputType != OUTPUT_TYPE_EDEFAULT;
			case MergePackage.MERGE_CONFIG__ALGORITHM:
				return algorithm != ALGORITHM_EDEFAULT;
			case MergePackage.MERGE_CONFIG__MODEL_B:
				return modelB != null;
			case MergePackage.MERGE_CONFIG__MODEL_C:
				return modelC != null;
			case MergePackage.MERGE_CONFIG__MULTIPLIER:
				return multiplier != MULTIPLIER_EDEFAULT;
			case MergePackage.MERGE_CONFIG__BETA:
				return beta != BETA_EDEFAULT;
			case MergePackage.MERGE_CONFIG__SEED:
				return seed != SEED_EDEFAULT;
			case MergePackage.MERGE_CONFIG__BLOCK_WEIGHTS:
				return BLOCK_WEIGHTS_EDEFAULT == null ? blockWeights != null : !BLOCK_WEIGHTS_EDEFAULT.equals(blockWeights);
			case MergePackage.MERGE_CONFIG__DISCARD_WEIGHTS:
				return DISCARD_WEIGHTS_EDEFAULT == null ? discardWeights != null : !DISCARD_WEIGHTS_EDEFAULT.equals(discardWeights);
			case MergePackage.MERGE_CONFIG__BAKE_VAE:
				return BAKE_VAE_EDEFAULT == null ? bakeVae != null : !BAKE_VAE_EDEFAULT.equals(bakeVae);
			case MergePackage.MERGE_CONFIG__OUTPUT_FORMAT:
				return outputFormat != OUTPUT_FORMAT_EDEFAULT;
			case MergePackage.MERGE_CONFIG__OUTPUT_NAME:
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
				case MergePackage.MERGE_CONFIG__OUTPUT_TYPE: return AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE;
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
				case AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE: return MergePackage.MERGE_CONFIG__OUTPUT_TYPE;
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
		result.append(", algorithm: ");
		result.append(algorithm);
		result.append(", multiplier: ");
		result.append(multiplier);
		result.append(", beta: ");
		result.append(beta);
		result.append(", seed: ");
		result.append(seed);
		result.append(", blockWeights: ");
		result.append(blockWeights);
		result.append(", discardWeights: ");
		result.append(discardWeights);
		result.append(", bakeVae: ");
		result.append(bakeVae);
		result.append(", outputFormat: ");
		result.append(outputFormat);
		result.append(", outputName: ");
		result.append(outputName);
		result.append(')');
		return result.toString();
	}

} //MergeConfigImpl

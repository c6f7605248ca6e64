/**
 */
package org.atelier.methods.finetune.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SavesWeights;

import org.atelier.methods.finetune.model.CheckpointFormat;
import org.atelier.methods.finetune.model.FineTuneConfig;
import org.atelier.methods.finetune.model.FineTunePackage;
import org.atelier.methods.finetune.model.TrainedParts;

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
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getOutputType <em>Output Type</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getTrains <em>Trains</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getIncludePattern <em>Include Pattern</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getExcludePattern <em>Exclude Pattern</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getTextEncoderSteps <em>Text Encoder Steps</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getOutputFormat <em>Output Format</em>}</li>
 *   <li>{@link org.atelier.methods.finetune.model.impl.FineTuneConfigImpl#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FineTuneConfigImpl extends TrainingConfigImpl implements FineTuneConfig {
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
	 * The default value of the '{@link #getTrains() <em>Trains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrains()
	 * @generated
	 * @ordered
	 */
	protected static final TrainedParts TRAINS_EDEFAULT = TrainedParts.UNET;

	/**
	 * The cached value of the '{@link #getTrains() <em>Trains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrains()
	 * @generated
	 * @ordered
	 */
	protected TrainedParts trains = TRAINS_EDEFAULT;

	/**
	 * The default value of the '{@link #getIncludePattern() <em>Include Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String INCLUDE_PATTERN_EDEFAULT = "model\\.diffusion_model\\.(middle_block|output_blocks)\\.";

	/**
	 * The cached value of the '{@link #getIncludePattern() <em>Include Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludePattern()
	 * @generated
	 * @ordered
	 */
	protected String includePattern = INCLUDE_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getExcludePattern() <em>Exclude Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCLUDE_PATTERN_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getExcludePattern() <em>Exclude Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludePattern()
	 * @generated
	 * @ordered
	 */
	protected String excludePattern = EXCLUDE_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextEncoderLearningRate() <em>Text Encoder Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEncoderLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double TEXT_ENCODER_LEARNING_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTextEncoderLearningRate() <em>Text Encoder Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEncoderLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double textEncoderLearningRate = TEXT_ENCODER_LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextEncoderSteps() <em>Text Encoder Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEncoderSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int TEXT_ENCODER_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTextEncoderSteps() <em>Text Encoder Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEncoderSteps()
	 * @generated
	 * @ordered
	 */
	protected int textEncoderSteps = TEXT_ENCODER_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputFormat() <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputFormat()
	 * @generated
	 * @ordered
	 */
	protected static final CheckpointFormat OUTPUT_FORMAT_EDEFAULT = CheckpointFormat.SAFETENSORS;

	/**
	 * The cached value of the '{@link #getOutputFormat() <em>Output Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputFormat()
	 * @generated
	 * @ordered
	 */
	protected CheckpointFormat outputFormat = OUTPUT_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputName() <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputName()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_NAME_EDEFAULT = "finetuned";

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
	protected FineTuneConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FineTunePackage.Literals.FINE_TUNE_CONFIG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE, oldOutputType, outputType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainedParts getTrains() {
		return trains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrains(TrainedParts newTrains) {
		TrainedParts oldTrains = trains;
		trains = newTrains == null ? TRAINS_EDEFAULT : newTrains;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__TRAINS, oldTrains, trains));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIncludePattern() {
		return includePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludePattern(String newIncludePattern) {
		String oldIncludePattern = includePattern;
		includePattern = newIncludePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__INCLUDE_PATTERN, oldIncludePattern, includePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExcludePattern() {
		return excludePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludePattern(String newExcludePattern) {
		String oldExcludePattern = excludePattern;
		excludePattern = newExcludePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__EXCLUDE_PATTERN, oldExcludePattern, excludePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTextEncoderLearningRate() {
		return textEncoderLearningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEncoderLearningRate(double newTextEncoderLearningRate) {
		double oldTextEncoderLearningRate = textEncoderLearningRate;
		textEncoderLearningRate = newTextEncoderLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE, oldTextEncoderLearningRate, textEncoderLearningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTextEncoderSteps() {
		return textEncoderSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEncoderSteps(int newTextEncoderSteps) {
		int oldTextEncoderSteps = textEncoderSteps;
		textEncoderSteps = newTextEncoderSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS, oldTextEncoderSteps, textEncoderSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CheckpointFormat getOutputFormat() {
		return outputFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputFormat(CheckpointFormat newOutputFormat) {
		CheckpointFormat oldOutputFormat = outputFormat;
		outputFormat = newOutputFormat == null ? OUTPUT_FORMAT_EDEFAULT : newOutputFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_FORMAT, oldOutputFormat, outputFormat));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_NAME, oldOutputName, outputName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE:
				return getOutputType();
			case FineTunePackage.FINE_TUNE_CONFIG__TRAINS:
				return getTrains();
			case FineTunePackage.FINE_TUNE_CONFIG__INCLUDE_PATTERN:
				return getIncludePattern();
			case FineTunePackage.FINE_TUNE_CONFIG__EXCLUDE_PATTERN:
				return getExcludePattern();
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				return getTextEncoderLearningRate();
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS:
				return getTextEncoderSteps();
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_FORMAT:
				return getOutputFormat();
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_NAME:
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
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE:
				setOutputType((Precision)newValue);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__TRAINS:
				setTrains((TrainedParts)newValue);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__INCLUDE_PATTERN:
				setIncludePattern((String)newValue);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__EXCLUDE_PATTERN:
				setExcludePattern((String)newValue);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				setTextEncoderLearningRate((Double)newValue);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS:
				setTextEncoderSteps((Integer)newValue);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_FORMAT:
				setOutputFormat((CheckpointFormat)newValue);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_NAME:
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
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE:
				setOutputType(OUTPUT_TYPE_EDEFAULT);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__TRAINS:
				setTrains(TRAINS_EDEFAULT);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__INCLUDE_PATTERN:
				setIncludePattern(INCLUDE_PATTERN_EDEFAULT);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__EXCLUDE_PATTERN:
				setExcludePattern(EXCLUDE_PATTERN_EDEFAULT);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				setTextEncoderLearningRate(TEXT_ENCODER_LEARNING_RATE_EDEFAULT);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS:
				setTextEncoderSteps(TEXT_ENCODER_STEPS_EDEFAULT);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_FORMAT:
				setOutputFormat(OUTPUT_FORMAT_EDEFAULT);
				return;
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_NAME:
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
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE:
				return outputType != OUTPUT_TYPE_EDEFAULT;
			case FineTunePackage.FINE_TUNE_CONFIG__TRAINS:
				return trains != TRAINS_EDEFAULT;
			case FineTunePackage.FINE_TUNE_CONFIG__INCLUDE_PATTERN:
				return INCLUDE_PATTERN_EDEFAULT == null ? includePattern != null : !INCLUDE_PATTERN_EDEFAULT.equals(includePattern);
			case FineTunePackage.FINE_TUNE_CONFIG__EXCLUDE_PATTERN:
				return EXCLUDE_PATTERN_EDEFAULT == null ? excludePattern != null : !EXCLUDE_PATTERN_EDEFAULT.equals(excludePattern);
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				return textEncoderLearningRate != TEXT_ENCODER_LEARNING_RATE_EDEFAULT;
			case FineTunePackage.FINE_TUNE_CONFIG__TEXT_ENCODER_STEPS:
				return textEncoderSteps != TEXT_ENCODER_STEPS_EDEFAULT;
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_FORMAT:
				return outputFormat != OUTPUT_FORMAT_EDEFAULT;
			case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_NAME:
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
				case FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE: return AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE;
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
				case AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE: return FineTunePackage.FINE_TUNE_CONFIG__OUTPUT_TYPE;
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
		result.append(", trains: ");
		result.append(trains);
		result.append(", includePattern: ");
		result.append(includePattern);
		result.append(", excludePattern: ");
		result.append(excludePattern);
		result.append(", textEncoderLearningRate: ");
		result.append(textEncoderLearningRate);
		result.append(", textEncoderSteps: ");
		result.append(textEncoderSteps);
		result.append(", outputFormat: ");
		result.append(outputFormat);
		result.append(", outputName: ");
		result.append(outputName);
		result.append(')');
		return result.toString();
	}

} //FineTuneConfigImpl

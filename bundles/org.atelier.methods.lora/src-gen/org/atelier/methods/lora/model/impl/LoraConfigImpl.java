/**
 */
package org.atelier.methods.lora.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.Precision;
import org.atelier.core.model.SavesWeights;

import org.atelier.methods.lora.model.LoraConfig;
import org.atelier.methods.lora.model.LoraPackage;

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
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getOutputType <em>Output Type</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getRank <em>Rank</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getAlpha <em>Alpha</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getDropout <em>Dropout</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getConvRank <em>Conv Rank</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getConvAlpha <em>Conv Alpha</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#isTrainTextEncoder <em>Train Text Encoder</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getTextEncoderLearningRate <em>Text Encoder Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.lora.model.impl.LoraConfigImpl#getOutputName <em>Output Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoraConfigImpl extends TrainingConfigImpl implements LoraConfig {
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
	 * The default value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected static final int RANK_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getRank() <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRank()
	 * @generated
	 * @ordered
	 */
	protected int rank = RANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_EDEFAULT = 4.0;

	/**
	 * The cached value of the '{@link #getAlpha() <em>Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlpha()
	 * @generated
	 * @ordered
	 */
	protected double alpha = ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropout() <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropout()
	 * @generated
	 * @ordered
	 */
	protected static final double DROPOUT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDropout() <em>Dropout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropout()
	 * @generated
	 * @ordered
	 */
	protected double dropout = DROPOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getConvRank() <em>Conv Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvRank()
	 * @generated
	 * @ordered
	 */
	protected static final int CONV_RANK_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getConvRank() <em>Conv Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvRank()
	 * @generated
	 * @ordered
	 */
	protected int convRank = CONV_RANK_EDEFAULT;

	/**
	 * The default value of the '{@link #getConvAlpha() <em>Conv Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvAlpha()
	 * @generated
	 * @ordered
	 */
	protected static final double CONV_ALPHA_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getConvAlpha() <em>Conv Alpha</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConvAlpha()
	 * @generated
	 * @ordered
	 */
	protected double convAlpha = CONV_ALPHA_EDEFAULT;

	/**
	 * The default value of the '{@link #isTrainTextEncoder() <em>Train Text Encoder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainTextEncoder()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TRAIN_TEXT_ENCODER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isTrainTextEncoder() <em>Train Text Encoder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTrainTextEncoder()
	 * @generated
	 * @ordered
	 */
	protected boolean trainTextEncoder = TRAIN_TEXT_ENCODER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextEncoderLearningRate() <em>Text Encoder Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEncoderLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double TEXT_ENCODER_LEARNING_RATE_EDEFAULT = 5.0E-5;

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
	 * The default value of the '{@link #getOutputName() <em>Output Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputName()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTPUT_NAME_EDEFAULT = "lora";

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
	protected LoraConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LoraPackage.Literals.LORA_CONFIG;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__OUTPUT_TYPE, oldOutputType, outputType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRank() {
		return rank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRank(int newRank) {
		int oldRank = rank;
		rank = newRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__RANK, oldRank, rank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlpha() {
		return alpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlpha(double newAlpha) {
		double oldAlpha = alpha;
		alpha = newAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__ALPHA, oldAlpha, alpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDropout() {
		return dropout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropout(double newDropout) {
		double oldDropout = dropout;
		dropout = newDropout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__DROPOUT, oldDropout, dropout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConvRank() {
		return convRank;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConvRank(int newConvRank) {
		int oldConvRank = convRank;
		convRank = newConvRank;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__CONV_RANK, oldConvRank, convRank));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getConvAlpha() {
		return convAlpha;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConvAlpha(double newConvAlpha) {
		double oldConvAlpha = convAlpha;
		convAlpha = newConvAlpha;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__CONV_ALPHA, oldConvAlpha, convAlpha));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTrainTextEncoder() {
		return trainTextEncoder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainTextEncoder(boolean newTrainTextEncoder) {
		boolean oldTrainTextEncoder = trainTextEncoder;
		trainTextEncoder = newTrainTextEncoder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__TRAIN_TEXT_ENCODER, oldTrainTextEncoder, trainTextEncoder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE, oldTextEncoderLearningRate, textEncoderLearningRate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LoraPackage.LORA_CONFIG__OUTPUT_NAME, oldOutputName, outputName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LoraPackage.LORA_CONFIG__OUTPUT_TYPE:
				return getOutputType();
			case LoraPackage.LORA_CONFIG__RANK:
				return getRank();
			case LoraPackage.LORA_CONFIG__ALPHA:
				return getAlpha();
			case LoraPackage.LORA_CONFIG__DROPOUT:
				return getDropout();
			case LoraPackage.LORA_CONFIG__CONV_RANK:
				return getConvRank();
			case LoraPackage.LORA_CONFIG__CONV_ALPHA:
				return getConvAlpha();
			case LoraPackage.LORA_CONFIG__TRAIN_TEXT_ENCODER:
				return isTrainTextEncoder();
			case LoraPackage.LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				return getTextEncoderLearningRate();
			case LoraPackage.LORA_CONFIG__OUTPUT_NAME:
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
			case LoraPackage.LORA_CONFIG__OUTPUT_TYPE:
				setOutputType((Precision)newValue);
				return;
			case LoraPackage.LORA_CONFIG__RANK:
				setRank((Integer)newValue);
				return;
			case LoraPackage.LORA_CONFIG__ALPHA:
				setAlpha((Double)newValue);
				return;
			case LoraPackage.LORA_CONFIG__DROPOUT:
				setDropout((Double)newValue);
				return;
			case LoraPackage.LORA_CONFIG__CONV_RANK:
				setConvRank((Integer)newValue);
				return;
			case LoraPackage.LORA_CONFIG__CONV_ALPHA:
				setConvAlpha((Double)newValue);
				return;
			case LoraPackage.LORA_CONFIG__TRAIN_TEXT_ENCODER:
				setTrainTextEncoder((Boolean)newValue);
				return;
			case LoraPackage.LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				setTextEncoderLearningRate((Double)newValue);
				return;
			case LoraPackage.LORA_CONFIG__OUTPUT_NAME:
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
			case LoraPackage.LORA_CONFIG__OUTPUT_TYPE:
				setOutputType(OUTPUT_TYPE_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__RANK:
				setRank(RANK_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__ALPHA:
				setAlpha(ALPHA_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__DROPOUT:
				setDropout(DROPOUT_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__CONV_RANK:
				setConvRank(CONV_RANK_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__CONV_ALPHA:
				setConvAlpha(CONV_ALPHA_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__TRAIN_TEXT_ENCODER:
				setTrainTextEncoder(TRAIN_TEXT_ENCODER_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				setTextEncoderLearningRate(TEXT_ENCODER_LEARNING_RATE_EDEFAULT);
				return;
			case LoraPackage.LORA_CONFIG__OUTPUT_NAME:
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
			case LoraPackage.LORA_CONFIG__OUTPUT_TYPE:
				return outputType != OUTPUT_TYPE_EDEFAULT;
			case LoraPackage.LORA_CONFIG__RANK:
				return rank != RANK_EDEFAULT;
			case LoraPackage.LORA_CONFIG__ALPHA:
				return alpha != ALPHA_EDEFAULT;
			case LoraPackage.LORA_CONFIG__DROPOUT:
				return dropout != DROPOUT_EDEFAULT;
			case LoraPackage.LORA_CONFIG__CONV_RANK:
				return convRank != CONV_RANK_EDEFAULT;
			case LoraPackage.LORA_CONFIG__CONV_ALPHA:
				return convAlpha != CONV_ALPHA_EDEFAULT;
			case LoraPackage.LORA_CONFIG__TRAIN_TEXT_ENCODER:
				return trainTextEncoder != TRAIN_TEXT_ENCODER_EDEFAULT;
			case LoraPackage.LORA_CONFIG__TEXT_ENCODER_LEARNING_RATE:
				return textEncoderLearningRate != TEXT_ENCODER_LEARNING_RATE_EDEFAULT;
			case LoraPackage.LORA_CONFIG__OUTPUT_NAME:
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
				case LoraPackage.LORA_CONFIG__OUTPUT_TYPE: return AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE;
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
				case AtelierPackage.SAVES_WEIGHTS__OUTPUT_TYPE: return LoraPackage.LORA_CONFIG__OUTPUT_TYPE;
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
		result.append(", rank: ");
		result.append(rank);
		result.append(", alpha: ");
		result.append(alpha);
		result.append(", dropout: ");
		result.append(dropout);
		result.append(", convRank: ");
		result.append(convRank);
		result.append(", convAlpha: ");
		result.append(convAlpha);
		result.append(", trainTextEncoder: ");
		result.append(trainTextEncoder);
		result.append(", textEncoderLearningRate: ");
		result.append(textEncoderLearningRate);
		result.append(", outputName: ");
		result.append(outputName);
		result.append(')');
		return result.toString();
	}

} //LoraConfigImpl

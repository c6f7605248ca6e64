/**
 */
package org.atelier.methods.aesthetic.model.impl;

import org.atelier.core.model.impl.MethodConfigImpl;

import org.atelier.methods.aesthetic.model.AestheticConfig;
import org.atelier.methods.aesthetic.model.AestheticPackage;

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
 *   <li>{@link org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl#getClipModel <em>Clip Model</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.atelier.methods.aesthetic.model.impl.AestheticConfigImpl#isSlerp <em>Slerp</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AestheticConfigImpl extends MethodConfigImpl implements AestheticConfig {
	/**
	 * The default value of the '{@link #getClipModel() <em>Clip Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipModel()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIP_MODEL_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getClipModel() <em>Clip Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClipModel()
	 * @generated
	 * @ordered
	 */
	protected String clipModel = CLIP_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected int steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 1.0E-4;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 0.9;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #isSlerp() <em>Slerp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSlerp()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SLERP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSlerp() <em>Slerp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSlerp()
	 * @generated
	 * @ordered
	 */
	protected boolean slerp = SLERP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AestheticConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AestheticPackage.Literals.AESTHETIC_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClipModel() {
		return clipModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClipModel(String newClipModel) {
		String oldClipModel = clipModel;
		clipModel = newClipModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AestheticPackage.AESTHETIC_CONFIG__CLIP_MODEL, oldClipModel, clipModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(int newSteps) {
		int oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AestheticPackage.AESTHETIC_CONFIG__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AestheticPackage.AESTHETIC_CONFIG__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AestheticPackage.AESTHETIC_CONFIG__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSlerp() {
		return slerp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlerp(boolean newSlerp) {
		boolean oldSlerp = slerp;
		slerp = newSlerp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AestheticPackage.AESTHETIC_CONFIG__SLERP, oldSlerp, slerp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AestheticPackage.AESTHETIC_CONFIG__CLIP_MODEL:
				return getClipModel();
			case AestheticPackage.AESTHETIC_CONFIG__STEPS:
				return getSteps();
			case AestheticPackage.AESTHETIC_CONFIG__LEARNING_RATE:
				return getLearningRate();
			case AestheticPackage.AESTHETIC_CONFIG__WEIGHT:
				return getWeight();
			case AestheticPackage.AESTHETIC_CONFIG__SLERP:
				return isSlerp();
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
			case AestheticPackage.AESTHETIC_CONFIG__CLIP_MODEL:
				setClipModel((String)newValue);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__STEPS:
				setSteps((Integer)newValue);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__WEIGHT:
				setWeight((Double)newValue);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__SLERP:
				setSlerp((Boolean)newValue);
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
			case AestheticPackage.AESTHETIC_CONFIG__CLIP_MODEL:
				setClipModel(CLIP_MODEL_EDEFAULT);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case AestheticPackage.AESTHETIC_CONFIG__SLERP:
				setSlerp(SLERP_EDEFAULT);
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
			case AestheticPackage.AESTHETIC_CONFIG__CLIP_MODEL:
				return CLIP_MODEL_EDEFAULT == null ? clipModel != null : !CLIP_MODEL_EDEFAULT.equals(clipModel);
			case AestheticPackage.AESTHETIC_CONFIG__STEPS:
				return steps != STEPS_EDEFAULT;
			case AestheticPackage.AESTHETIC_CONFIG__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case AestheticPackage.AESTHETIC_CONFIG__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case AestheticPackage.AESTHETIC_CONFIG__SLERP:
				return slerp != SLERP_EDEFAULT;
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
		result.append(" (clipModel: ");
		result.append(clipModel);
		result.append(", steps: ");
		result.append(steps);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", weight: ");
		result.append(weight);
		result.append(", slerp: ");
		result.append(slerp);
		result.append(')');
		return result.toString();
	}

} //AestheticConfigImpl

/**
 */
package org.atelier.core.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.BucketSpec;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Bucket Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.BucketSpecImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.BucketSpecImpl#getMinResolution <em>Min Resolution</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.BucketSpecImpl#getMaxResolution <em>Max Resolution</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.BucketSpecImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.BucketSpecImpl#isNoUpscale <em>No Upscale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BucketSpecImpl extends MinimalEObjectImpl.Container implements BucketSpec {
	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinResolution() <em>Min Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinResolution()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_RESOLUTION_EDEFAULT = 256;

	/**
	 * The cached value of the '{@link #getMinResolution() <em>Min Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinResolution()
	 * @generated
	 * @ordered
	 */
	protected int minResolution = MIN_RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxResolution() <em>Max Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxResolution()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_RESOLUTION_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getMaxResolution() <em>Max Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxResolution()
	 * @generated
	 * @ordered
	 */
	protected int maxResolution = MAX_RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected int step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #isNoUpscale() <em>No Upscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoUpscale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NO_UPSCALE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNoUpscale() <em>No Upscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoUpscale()
	 * @generated
	 * @ordered
	 */
	protected boolean noUpscale = NO_UPSCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BucketSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.BUCKET_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.BUCKET_SPEC__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinResolution() {
		return minResolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinResolution(int newMinResolution) {
		int oldMinResolution = minResolution;
		minResolution = newMinResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.BUCKET_SPEC__MIN_RESOLUTION, oldMinResolution, minResolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxResolution() {
		return maxResolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxResolution(int newMaxResolution) {
		int oldMaxResolution = maxResolution;
		maxResolution = newMaxResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.BUCKET_SPEC__MAX_RESOLUTION, oldMaxResolution, maxResolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(int newStep) {
		int oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.BUCKET_SPEC__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoUpscale() {
		return noUpscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoUpscale(boolean newNoUpscale) {
		boolean oldNoUpscale = noUpscale;
		noUpscale = newNoUpscale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.BUCKET_SPEC__NO_UPSCALE, oldNoUpscale, noUpscale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AtelierPackage.BUCKET_SPEC__ENABLED:
				return isEnabled();
			case AtelierPackage.BUCKET_SPEC__MIN_RESOLUTION:
				return getMinResolution();
			case AtelierPackage.BUCKET_SPEC__MAX_RESOLUTION:
				return getMaxResolution();
			case AtelierPackage.BUCKET_SPEC__STEP:
				return getStep();
			case AtelierPackage.BUCKET_SPEC__NO_UPSCALE:
				return isNoUpscale();
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
			case AtelierPackage.BUCKET_SPEC__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case AtelierPackage.BUCKET_SPEC__MIN_RESOLUTION:
				setMinResolution((Integer)newValue);
				return;
			case AtelierPackage.BUCKET_SPEC__MAX_RESOLUTION:
				setMaxResolution((Integer)newValue);
				return;
			case AtelierPackage.BUCKET_SPEC__STEP:
				setStep((Integer)newValue);
				return;
			case AtelierPackage.BUCKET_SPEC__NO_UPSCALE:
				setNoUpscale((Boolean)newValue);
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
			case AtelierPackage.BUCKET_SPEC__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case AtelierPackage.BUCKET_SPEC__MIN_RESOLUTION:
				setMinResolution(MIN_RESOLUTION_EDEFAULT);
				return;
			case AtelierPackage.BUCKET_SPEC__MAX_RESOLUTION:
				setMaxResolution(MAX_RESOLUTION_EDEFAULT);
				return;
			case AtelierPackage.BUCKET_SPEC__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case AtelierPackage.BUCKET_SPEC__NO_UPSCALE:
				setNoUpscale(NO_UPSCALE_EDEFAULT);
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
			case AtelierPackage.BUCKET_SPEC__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case AtelierPackage.BUCKET_SPEC__MIN_RESOLUTION:
				return minResolution != MIN_RESOLUTION_EDEFAULT;
			case AtelierPackage.BUCKET_SPEC__MAX_RESOLUTION:
				return maxResolution != MAX_RESOLUTION_EDEFAULT;
			case AtelierPackage.BUCKET_SPEC__STEP:
				return step != STEP_EDEFAULT;
			case AtelierPackage.BUCKET_SPEC__NO_UPSCALE:
				return noUpscale != NO_UPSCALE_EDEFAULT;
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
		result.append(" (enabled: ");
		result.append(enabled);
		result.append(", minResolution: ");
		result.append(minResolution);
		result.append(", maxResolution: ");
		result.append(maxResolution);
		result.append(", step: ");
		result.append(step);
		result.append(", noUpscale: ");
		result.append(noUpscale);
		result.append(')');
		return result.toString();
	}

} //BucketSpecImpl

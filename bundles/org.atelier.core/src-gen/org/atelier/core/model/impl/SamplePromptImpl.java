/**
 */
package org.atelier.core.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.SamplePrompt;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sample Prompt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.SamplePromptImpl#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplePromptImpl#getNegativePrompt <em>Negative Prompt</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplePromptImpl#getSeed <em>Seed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SamplePromptImpl extends MinimalEObjectImpl.Container implements SamplePrompt {
	/**
	 * The default value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String PROMPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrompt() <em>Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompt()
	 * @generated
	 * @ordered
	 */
	protected String prompt = PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNegativePrompt() <em>Negative Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativePrompt()
	 * @generated
	 * @ordered
	 */
	protected static final String NEGATIVE_PROMPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNegativePrompt() <em>Negative Prompt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativePrompt()
	 * @generated
	 * @ordered
	 */
	protected String negativePrompt = NEGATIVE_PROMPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = -1L;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SamplePromptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.SAMPLE_PROMPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrompt() {
		return prompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrompt(String newPrompt) {
		String oldPrompt = prompt;
		prompt = newPrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLE_PROMPT__PROMPT, oldPrompt, prompt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNegativePrompt() {
		return negativePrompt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegativePrompt(String newNegativePrompt) {
		String oldNegativePrompt = negativePrompt;
		negativePrompt = newNegativePrompt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLE_PROMPT__NEGATIVE_PROMPT, oldNegativePrompt, negativePrompt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLE_PROMPT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AtelierPackage.SAMPLE_PROMPT__PROMPT:
				return getPrompt();
			case AtelierPackage.SAMPLE_PROMPT__NEGATIVE_PROMPT:
				return getNegativePrompt();
			case AtelierPackage.SAMPLE_PROMPT__SEED:
				return getSeed();
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
			case AtelierPackage.SAMPLE_PROMPT__PROMPT:
				setPrompt((String)newValue);
				return;
			case AtelierPackage.SAMPLE_PROMPT__NEGATIVE_PROMPT:
				setNegativePrompt((String)newValue);
				return;
			case AtelierPackage.SAMPLE_PROMPT__SEED:
				setSeed((Long)newValue);
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
			case AtelierPackage.SAMPLE_PROMPT__PROMPT:
				setPrompt(PROMPT_EDEFAULT);
				return;
			case AtelierPackage.SAMPLE_PROMPT__NEGATIVE_PROMPT:
				setNegativePrompt(NEGATIVE_PROMPT_EDEFAULT);
				return;
			case AtelierPackage.SAMPLE_PROMPT__SEED:
				setSeed(SEED_EDEFAULT);
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
			case AtelierPackage.SAMPLE_PROMPT__PROMPT:
				return PROMPT_EDEFAULT == null ? prompt != null : !PROMPT_EDEFAULT.equals(prompt);
			case AtelierPackage.SAMPLE_PROMPT__NEGATIVE_PROMPT:
				return NEGATIVE_PROMPT_EDEFAULT == null ? negativePrompt != null : !NEGATIVE_PROMPT_EDEFAULT.equals(negativePrompt);
			case AtelierPackage.SAMPLE_PROMPT__SEED:
				return seed != SEED_EDEFAULT;
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
		result.append(" (prompt: ");
		result.append(prompt);
		result.append(", negativePrompt: ");
		result.append(negativePrompt);
		result.append(", seed: ");
		result.append(seed);
		result.append(')');
		return result.toString();
	}

} //SamplePromptImpl

/**
 */
package org.atelier.core.model.impl;

import java.util.Collection;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.SamplePrompt;
import org.atelier.core.model.SamplingSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sampling Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#getPrompts <em>Prompts</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#getEverySteps <em>Every Steps</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#isSampleAtFirst <em>Sample At First</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#getSampler <em>Sampler</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#getCfgScale <em>Cfg Scale</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SamplingSpecImpl#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SamplingSpecImpl extends MinimalEObjectImpl.Container implements SamplingSpec {
	/**
	 * The cached value of the '{@link #getPrompts() <em>Prompts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrompts()
	 * @generated
	 * @ordered
	 */
	protected EList<SamplePrompt> prompts;

	/**
	 * The default value of the '{@link #getEverySteps() <em>Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEverySteps()
	 * @generated
	 * @ordered
	 */
	protected static final int EVERY_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEverySteps() <em>Every Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEverySteps()
	 * @generated
	 * @ordered
	 */
	protected int everySteps = EVERY_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #isSampleAtFirst() <em>Sample At First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSampleAtFirst()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SAMPLE_AT_FIRST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSampleAtFirst() <em>Sample At First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSampleAtFirst()
	 * @generated
	 * @ordered
	 */
	protected boolean sampleAtFirst = SAMPLE_AT_FIRST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSampler() <em>Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampler()
	 * @generated
	 * @ordered
	 */
	protected static final String SAMPLER_EDEFAULT = "Euler a";

	/**
	 * The cached value of the '{@link #getSampler() <em>Sampler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampler()
	 * @generated
	 * @ordered
	 */
	protected String sampler = SAMPLER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int STEPS_EDEFAULT = 20;

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
	 * The default value of the '{@link #getCfgScale() <em>Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfgScale()
	 * @generated
	 * @ordered
	 */
	protected static final double CFG_SCALE_EDEFAULT = 7.0;

	/**
	 * The cached value of the '{@link #getCfgScale() <em>Cfg Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCfgScale()
	 * @generated
	 * @ordered
	 */
	protected double cfgScale = CFG_SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 512;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 512;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SamplingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.SAMPLING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SamplePrompt> getPrompts() {
		if (prompts == null) {
			prompts = new EObjectContainmentEList<SamplePrompt>(SamplePrompt.class, this, AtelierPackage.SAMPLING_SPEC__PROMPTS);
		}
		return prompts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEverySteps() {
		return everySteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEverySteps(int newEverySteps) {
		int oldEverySteps = everySteps;
		everySteps = newEverySteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLING_SPEC__EVERY_STEPS, oldEverySteps, everySteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSampleAtFirst() {
		return sampleAtFirst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampleAtFirst(boolean newSampleAtFirst) {
		boolean oldSampleAtFirst = sampleAtFirst;
		sampleAtFirst = newSampleAtFirst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLING_SPEC__SAMPLE_AT_FIRST, oldSampleAtFirst, sampleAtFirst));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSampler() {
		return sampler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSampler(String newSampler) {
		String oldSampler = sampler;
		sampler = newSampler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLING_SPEC__SAMPLER, oldSampler, sampler));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLING_SPEC__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCfgScale() {
		return cfgScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCfgScale(double newCfgScale) {
		double oldCfgScale = cfgScale;
		cfgScale = newCfgScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLING_SPEC__CFG_SCALE, oldCfgScale, cfgScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLING_SPEC__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SAMPLING_SPEC__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AtelierPackage.SAMPLING_SPEC__PROMPTS:
				return ((InternalEList<?>)getPrompts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AtelierPackage.SAMPLING_SPEC__PROMPTS:
				return getPrompts();
			case AtelierPackage.SAMPLING_SPEC__EVERY_STEPS:
				return getEverySteps();
			case AtelierPackage.SAMPLING_SPEC__SAMPLE_AT_FIRST:
				return isSampleAtFirst();
			case AtelierPackage.SAMPLING_SPEC__SAMPLER:
				return getSampler();
			case AtelierPackage.SAMPLING_SPEC__STEPS:
				return getSteps();
			case AtelierPackage.SAMPLING_SPEC__CFG_SCALE:
				return getCfgScale();
			case AtelierPackage.SAMPLING_SPEC__WIDTH:
				return getWidth();
			case AtelierPackage.SAMPLING_SPEC__HEIGHT:
				return getHeight();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AtelierPackage.SAMPLING_SPEC__PROMPTS:
				getPrompts().clear();
				getPrompts().addAll((Collection<? extends SamplePrompt>)newValue);
				return;
			case AtelierPackage.SAMPLING_SPEC__EVERY_STEPS:
				setEverySteps((Integer)newValue);
				return;
			case AtelierPackage.SAMPLING_SPEC__SAMPLE_AT_FIRST:
				setSampleAtFirst((Boolean)newValue);
				return;
			case AtelierPackage.SAMPLING_SPEC__SAMPLER:
				setSampler((String)newValue);
				return;
			case AtelierPackage.SAMPLING_SPEC__STEPS:
				setSteps((Integer)newValue);
				return;
			case AtelierPackage.SAMPLING_SPEC__CFG_SCALE:
				setCfgScale((Double)newValue);
				return;
			case AtelierPackage.SAMPLING_SPEC__WIDTH:
				setWidth((Integer)newValue);
				return;
			case AtelierPackage.SAMPLING_SPEC__HEIGHT:
				setHeight((Integer)newValue);
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
			case AtelierPackage.SAMPLING_SPEC__PROMPTS:
				getPrompts().clear();
				return;
			case AtelierPackage.SAMPLING_SPEC__EVERY_STEPS:
				setEverySteps(EVERY_STEPS_EDEFAULT);
				return;
			case AtelierPackage.SAMPLING_SPEC__SAMPLE_AT_FIRST:
				setSampleAtFirst(SAMPLE_AT_FIRST_EDEFAULT);
				return;
			case AtelierPackage.SAMPLING_SPEC__SAMPLER:
				setSampler(SAMPLER_EDEFAULT);
				return;
			case AtelierPackage.SAMPLING_SPEC__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case AtelierPackage.SAMPLING_SPEC__CFG_SCALE:
				setCfgScale(CFG_SCALE_EDEFAULT);
				return;
			case AtelierPackage.SAMPLING_SPEC__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case AtelierPackage.SAMPLING_SPEC__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
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
			case AtelierPackage.SAMPLING_SPEC__PROMPTS:
				return prompts != null && !prompts.isEmpty();
			case AtelierPackage.SAMPLING_SPEC__EVERY_STEPS:
				return everySteps != EVERY_STEPS_EDEFAULT;
			case AtelierPackage.SAMPLING_SPEC__SAMPLE_AT_FIRST:
				return sampleAtFirst != SAMPLE_AT_FIRST_EDEFAULT;
			case AtelierPackage.SAMPLING_SPEC__SAMPLER:
				return SAMPLER_EDEFAULT == null ? sampler != null : !SAMPLER_EDEFAULT.equals(sampler);
			case AtelierPackage.SAMPLING_SPEC__STEPS:
				return steps != STEPS_EDEFAULT;
			case AtelierPackage.SAMPLING_SPEC__CFG_SCALE:
				return cfgScale != CFG_SCALE_EDEFAULT;
			case AtelierPackage.SAMPLING_SPEC__WIDTH:
				return width != WIDTH_EDEFAULT;
			case AtelierPackage.SAMPLING_SPEC__HEIGHT:
				return height != HEIGHT_EDEFAULT;
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
		result.append(" (everySteps: ");
		result.append(everySteps);
		result.append(", sampleAtFirst: ");
		result.append(sampleAtFirst);
		result.append(", sampler: ");
		result.append(sampler);
		result.append(", steps: ");
		result.append(steps);
		result.append(", cfgScale: ");
		result.append(cfgScale);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(')');
		return result.toString();
	}

} //SamplingSpecImpl

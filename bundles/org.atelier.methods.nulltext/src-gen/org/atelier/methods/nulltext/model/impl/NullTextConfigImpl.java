/**
 */
package org.atelier.methods.nulltext.model.impl;

import org.atelier.core.model.impl.MethodConfigImpl;

import org.atelier.methods.nulltext.model.NullTextConfig;
import org.atelier.methods.nulltext.model.NullTextPackage;

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
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getDdimSteps <em>Ddim Steps</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getInnerSteps <em>Inner Steps</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getCrossReplace <em>Cross Replace</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getSelfReplace <em>Self Replace</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#getReweight <em>Reweight</em>}</li>
 *   <li>{@link org.atelier.methods.nulltext.model.impl.NullTextConfigImpl#isPlainWhenUnaligned <em>Plain When Unaligned</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NullTextConfigImpl extends MethodConfigImpl implements NullTextConfig {
	/**
	 * The default value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected String image = IMAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaption() <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaption()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTION_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getCaption() <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaption()
	 * @generated
	 * @ordered
	 */
	protected String caption = CAPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDdimSteps() <em>Ddim Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDdimSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int DDIM_STEPS_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getDdimSteps() <em>Ddim Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDdimSteps()
	 * @generated
	 * @ordered
	 */
	protected int ddimSteps = DDIM_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected static final double GUIDANCE_EDEFAULT = 7.5;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected double guidance = GUIDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInnerSteps() <em>Inner Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnerSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int INNER_STEPS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getInnerSteps() <em>Inner Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInnerSteps()
	 * @generated
	 * @ordered
	 */
	protected int innerSteps = INNER_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.01;

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
	 * The default value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected static final double EPSILON_EDEFAULT = 1.0E-5;

	/**
	 * The cached value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected double epsilon = EPSILON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrossReplace() <em>Cross Replace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossReplace()
	 * @generated
	 * @ordered
	 */
	protected static final double CROSS_REPLACE_EDEFAULT = 0.8;

	/**
	 * The cached value of the '{@link #getCrossReplace() <em>Cross Replace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrossReplace()
	 * @generated
	 * @ordered
	 */
	protected double crossReplace = CROSS_REPLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSelfReplace() <em>Self Replace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfReplace()
	 * @generated
	 * @ordered
	 */
	protected static final double SELF_REPLACE_EDEFAULT = 0.4;

	/**
	 * The cached value of the '{@link #getSelfReplace() <em>Self Replace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfReplace()
	 * @generated
	 * @ordered
	 */
	protected double selfReplace = SELF_REPLACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReweight() <em>Reweight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReweight()
	 * @generated
	 * @ordered
	 */
	protected static final String REWEIGHT_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getReweight() <em>Reweight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReweight()
	 * @generated
	 * @ordered
	 */
	protected String reweight = REWEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #isPlainWhenUnaligned() <em>Plain When Unaligned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPlainWhenUnaligned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PLAIN_WHEN_UNALIGNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPlainWhenUnaligned() <em>Plain When Unaligned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPlainWhenUnaligned()
	 * @generated
	 * @ordered
	 */
	protected boolean plainWhenUnaligned = PLAIN_WHEN_UNALIGNED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NullTextConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NullTextPackage.Literals.NULL_TEXT_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(String newImage) {
		String oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaption() {
		return caption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaption(String newCaption) {
		String oldCaption = caption;
		caption = newCaption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__CAPTION, oldCaption, caption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDdimSteps() {
		return ddimSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDdimSteps(int newDdimSteps) {
		int oldDdimSteps = ddimSteps;
		ddimSteps = newDdimSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__DDIM_STEPS, oldDdimSteps, ddimSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidance(double newGuidance) {
		double oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__GUIDANCE, oldGuidance, guidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInnerSteps() {
		return innerSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInnerSteps(int newInnerSteps) {
		int oldInnerSteps = innerSteps;
		innerSteps = newInnerSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__INNER_STEPS, oldInnerSteps, innerSteps));
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
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEpsilon() {
		return epsilon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpsilon(double newEpsilon) {
		double oldEpsilon = epsilon;
		epsilon = newEpsilon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__EPSILON, oldEpsilon, epsilon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCrossReplace() {
		return crossReplace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrossReplace(double newCrossReplace) {
		double oldCrossReplace = crossReplace;
		crossReplace = newCrossReplace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__CROSS_REPLACE, oldCrossReplace, crossReplace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSelfReplace() {
		return selfReplace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfReplace(double newSelfReplace) {
		double oldSelfReplace = selfReplace;
		selfReplace = newSelfReplace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__SELF_REPLACE, oldSelfReplace, selfReplace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReweight() {
		return reweight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReweight(String newReweight) {
		String oldReweight = reweight;
		reweight = newReweight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__REWEIGHT, oldReweight, reweight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPlainWhenUnaligned() {
		return plainWhenUnaligned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlainWhenUnaligned(boolean newPlainWhenUnaligned) {
		boolean oldPlainWhenUnaligned = plainWhenUnaligned;
		plainWhenUnaligned = newPlainWhenUnaligned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NullTextPackage.NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED, oldPlainWhenUnaligned, plainWhenUnaligned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NullTextPackage.NULL_TEXT_CONFIG__IMAGE:
				return getImage();
			case NullTextPackage.NULL_TEXT_CONFIG__CAPTION:
				return getCaption();
			case NullTextPackage.NULL_TEXT_CONFIG__DDIM_STEPS:
				return getDdimSteps();
			case NullTextPackage.NULL_TEXT_CONFIG__GUIDANCE:
				return getGuidance();
			case NullTextPackage.NULL_TEXT_CONFIG__INNER_STEPS:
				return getInnerSteps();
			case NullTextPackage.NULL_TEXT_CONFIG__LEARNING_RATE:
				return getLearningRate();
			case NullTextPackage.NULL_TEXT_CONFIG__EPSILON:
				return getEpsilon();
			case NullTextPackage.NULL_TEXT_CONFIG__CROSS_REPLACE:
				return getCrossReplace();
			case NullTextPackage.NULL_TEXT_CONFIG__SELF_REPLACE:
				return getSelfReplace();
			case NullTextPackage.NULL_TEXT_CONFIG__REWEIGHT:
				return getReweight();
			case NullTextPackage.NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED:
				return isPlainWhenUnaligned();
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
			case NullTextPackage.NULL_TEXT_CONFIG__IMAGE:
				setImage((String)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__CAPTION:
				setCaption((String)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__DDIM_STEPS:
				setDdimSteps((Integer)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__GUIDANCE:
				setGuidance((Double)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__INNER_STEPS:
				setInnerSteps((Integer)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__EPSILON:
				setEpsilon((Double)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__CROSS_REPLACE:
				setCrossReplace((Double)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__SELF_REPLACE:
				setSelfReplace((Double)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__REWEIGHT:
				setReweight((String)newValue);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED:
				setPlainWhenUnaligned((Boolean)newValue);
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
			case NullTextPackage.NULL_TEXT_CONFIG__IMAGE:
				setImage(IMAGE_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__CAPTION:
				setCaption(CAPTION_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__DDIM_STEPS:
				setDdimSteps(DDIM_STEPS_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__GUIDANCE:
				setGuidance(GUIDANCE_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__INNER_STEPS:
				setInnerSteps(INNER_STEPS_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__EPSILON:
				setEpsilon(EPSILON_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__CROSS_REPLACE:
				setCrossReplace(CROSS_REPLACE_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__SELF_REPLACE:
				setSelfReplace(SELF_REPLACE_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__REWEIGHT:
				setReweight(REWEIGHT_EDEFAULT);
				return;
			case NullTextPackage.NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED:
				setPlainWhenUnaligned(PLAIN_WHEN_UNALIGNED_EDEFAULT);
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
			case NullTextPackage.NULL_TEXT_CONFIG__IMAGE:
				return IMAGE_EDEFAULT == null ? image != null : !IMAGE_EDEFAULT.equals(image);
			case NullTextPackage.NULL_TEXT_CONFIG__CAPTION:
				return CAPTION_EDEFAULT == null ? caption != null : !CAPTION_EDEFAULT.equals(caption);
			case NullTextPackage.NULL_TEXT_CONFIG__DDIM_STEPS:
				return ddimSteps != DDIM_STEPS_EDEFAULT;
			case NullTextPackage.NULL_TEXT_CONFIG__GUIDANCE:
				return guidance != GUIDANCE_EDEFAULT;
			case NullTextPackage.NULL_TEXT_CONFIG__INNER_STEPS:
				return innerSteps != INNER_STEPS_EDEFAULT;
			case NullTextPackage.NULL_TEXT_CONFIG__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case NullTextPackage.NULL_TEXT_CONFIG__EPSILON:
				return epsilon != EPSILON_EDEFAULT;
			case NullTextPackage.NULL_TEXT_CONFIG__CROSS_REPLACE:
				return crossReplace != CROSS_REPLACE_EDEFAULT;
			case NullTextPackage.NULL_TEXT_CONFIG__SELF_REPLACE:
				return selfReplace != SELF_REPLACE_EDEFAULT;
			case NullTextPackage.NULL_TEXT_CONFIG__REWEIGHT:
				return REWEIGHT_EDEFAULT == null ? reweight != null : !REWEIGHT_EDEFAULT.equals(reweight);
			case NullTextPackage.NULL_TEXT_CONFIG__PLAIN_WHEN_UNALIGNED:
				return plainWhenUnaligned != PLAIN_WHEN_UNALIGNED_EDEFAULT;
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
		result.append(" (image: ");
		result.append(image);
		result.append(", caption: ");
		result.append(caption);
		result.append(", ddimSteps: ");
		result.append(ddimSteps);
		result.append(", guidance: ");
		result.append(guidance);
		result.append(", innerSteps: ");
		result.append(innerSteps);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", epsilon: ");
		result.append(epsilon);
		result.append(", crossReplace: ");
		result.append(crossReplace);
		result.append(", selfReplace: ");
		result.append(selfReplace);
		result.append(", reweight: ");
		result.append(reweight);
		result.append(", plainWhenUnaligned: ");
		result.append(plainWhenUnaligned);
		result.append(')');
		return result.toString();
	}

} //NullTextConfigImpl

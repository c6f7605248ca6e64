/**
 */
package org.atelier.core.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.CaptionProcessing;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Caption Processing</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.CaptionProcessingImpl#isShuffle <em>Shuffle</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.CaptionProcessingImpl#getKeepTokens <em>Keep Tokens</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.CaptionProcessingImpl#getDropoutRate <em>Dropout Rate</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.CaptionProcessingImpl#getTagDropoutRate <em>Tag Dropout Rate</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.CaptionProcessingImpl#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.CaptionProcessingImpl#getSuffix <em>Suffix</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaptionProcessingImpl extends MinimalEObjectImpl.Container implements CaptionProcessing {
	/**
	 * The default value of the '{@link #isShuffle() <em>Shuffle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShuffle()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHUFFLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isShuffle() <em>Shuffle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShuffle()
	 * @generated
	 * @ordered
	 */
	protected boolean shuffle = SHUFFLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKeepTokens() <em>Keep Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepTokens()
	 * @generated
	 * @ordered
	 */
	protected static final int KEEP_TOKENS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKeepTokens() <em>Keep Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeepTokens()
	 * @generated
	 * @ordered
	 */
	protected int keepTokens = KEEP_TOKENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDropoutRate() <em>Dropout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropoutRate()
	 * @generated
	 * @ordered
	 */
	protected static final double DROPOUT_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDropoutRate() <em>Dropout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDropoutRate()
	 * @generated
	 * @ordered
	 */
	protected double dropoutRate = DROPOUT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTagDropoutRate() <em>Tag Dropout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagDropoutRate()
	 * @generated
	 * @ordered
	 */
	protected static final double TAG_DROPOUT_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTagDropoutRate() <em>Tag Dropout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagDropoutRate()
	 * @generated
	 * @ordered
	 */
	protected double tagDropoutRate = TAG_DROPOUT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefix() <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefix()
	 * @generated
	 * @ordered
	 */
	protected String prefix = PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getSuffix() <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuffix()
	 * @generated
	 * @ordered
	 */
	protected static final String SUFFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSuffix() <em>Suffix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuffix()
	 * @generated
	 * @ordered
	 */
	protected String suffix = SUFFIX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaptionProcessingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.CAPTION_PROCESSING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShuffle() {
		return shuffle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShuffle(boolean newShuffle) {
		boolean oldShuffle = shuffle;
		shuffle = newShuffle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.CAPTION_PROCESSING__SHUFFLE, oldShuffle, shuffle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKeepTokens() {
		return keepTokens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeepTokens(int newKeepTokens) {
		int oldKeepTokens = keepTokens;
		keepTokens = newKeepTokens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.CAPTION_PROCESSING__KEEP_TOKENS, oldKeepTokens, keepTokens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDropoutRate() {
		return dropoutRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDropoutRate(double newDropoutRate) {
		double oldDropoutRate = dropoutRate;
		dropoutRate = newDropoutRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.CAPTION_PROCESSING__DROPOUT_RATE, oldDropoutRate, dropoutRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTagDropoutRate() {
		return tagDropoutRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTagDropoutRate(double newTagDropoutRate) {
		double oldTagDropoutRate = tagDropoutRate;
		tagDropoutRate = newTagDropoutRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.CAPTION_PROCESSING__TAG_DROPOUT_RATE, oldTagDropoutRate, tagDropoutRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrefix() {
		return prefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefix(String newPrefix) {
		String oldPrefix = prefix;
		prefix = newPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.CAPTION_PROCESSING__PREFIX, oldPrefix, prefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSuffix() {
		return suffix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuffix(String newSuffix) {
		String oldSuffix = suffix;
		suffix = newSuffix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.CAPTION_PROCESSING__SUFFIX, oldSuffix, suffix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AtelierPackage.CAPTION_PROCESSING__SHUFFLE:
				return isShuffle();
			case AtelierPackage.CAPTION_PROCESSING__KEEP_TOKENS:
				return getKeepTokens();
			case AtelierPackage.CAPTION_PROCESSING__DROPOUT_RATE:
				return getDropoutRate();
			case AtelierPackage.CAPTION_PROCESSING__TAG_DROPOUT_RATE:
				return getTagDropoutRate();
			case AtelierPackage.CAPTION_PROCESSING__PREFIX:
				return getPrefix();
			case AtelierPackage.CAPTION_PROCESSING__SUFFIX:
				return getSuffix();
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
			case AtelierPackage.CAPTION_PROCESSING__SHUFFLE:
				setShuffle((Boolean)newValue);
				return;
			case AtelierPackage.CAPTION_PROCESSING__KEEP_TOKENS:
				setKeepTokens((Integer)newValue);
				return;
			case AtelierPackage.CAPTION_PROCESSING__DROPOUT_RATE:
				setDropoutRate((Double)newValue);
				return;
			case AtelierPackage.CAPTION_PROCESSING__TAG_DROPOUT_RATE:
				setTagDropoutRate((Double)newValue);
				return;
			case AtelierPackage.CAPTION_PROCESSING__PREFIX:
				setPrefix((String)newValue);
				return;
			case AtelierPackage.CAPTION_PROCESSING__SUFFIX:
				setSuffix((String)newValue);
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
			case AtelierPackage.CAPTION_PROCESSING__SHUFFLE:
				setShuffle(SHUFFLE_EDEFAULT);
				return;
			case AtelierPackage.CAPTION_PROCESSING__KEEP_TOKENS:
				setKeepTokens(KEEP_TOKENS_EDEFAULT);
				return;
			case AtelierPackage.CAPTION_PROCESSING__DROPOUT_RATE:
				setDropoutRate(DROPOUT_RATE_EDEFAULT);
				return;
			case AtelierPackage.CAPTION_PROCESSING__TAG_DROPOUT_RATE:
				setTagDropoutRate(TAG_DROPOUT_RATE_EDEFAULT);
				return;
			case AtelierPackage.CAPTION_PROCESSING__PREFIX:
				setPrefix(PREFIX_EDEFAULT);
				return;
			case AtelierPackage.CAPTION_PROCESSING__SUFFIX:
				setSuffix(SUFFIX_EDEFAULT);
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
			case AtelierPackage.CAPTION_PROCESSING__SHUFFLE:
				return shuffle != SHUFFLE_EDEFAULT;
			case AtelierPackage.CAPTION_PROCESSING__KEEP_TOKENS:
				return keepTokens != KEEP_TOKENS_EDEFAULT;
			case AtelierPackage.CAPTION_PROCESSING__DROPOUT_RATE:
				return dropoutRate != DROPOUT_RATE_EDEFAULT;
			case AtelierPackage.CAPTION_PROCESSING__TAG_DROPOUT_RATE:
				return tagDropoutRate != TAG_DROPOUT_RATE_EDEFAULT;
			case AtelierPackage.CAPTION_PROCESSING__PREFIX:
				return PREFIX_EDEFAULT == null ? prefix != null : !PREFIX_EDEFAULT.equals(prefix);
			case AtelierPackage.CAPTION_PROCESSING__SUFFIX:
				return SUFFIX_EDEFAULT == null ? suffix != null : !SUFFIX_EDEFAULT.equals(suffix);
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
		result.append(" (shuffle: ");
		result.append(shuffle);
		result.append(", keepTokens: ");
		result.append(keepTokens);
		result.append(", dropoutRate: ");
		result.append(dropoutRate);
		result.append(", tagDropoutRate: ");
		result.append(tagDropoutRate);
		result.append(", prefix: ");
		result.append(prefix);
		result.append(", suffix: ");
		result.append(suffix);
		result.append(')');
		return result.toString();
	}

} //CaptionProcessingImpl

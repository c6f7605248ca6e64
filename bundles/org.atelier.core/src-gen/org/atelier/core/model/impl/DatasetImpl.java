/**
 */
package org.atelier.core.model.impl;

import java.util.Collection;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.BucketSpec;
import org.atelier.core.model.CaptionProcessing;
import org.atelier.core.model.Dataset;
import org.atelier.core.model.Subset;

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
 * An implementation of the model object '<em><b>Dataset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#getResolution <em>Resolution</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#getCaptionExtension <em>Caption Extension</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#getCaptions <em>Captions</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#getBuckets <em>Buckets</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#isFlip <em>Flip</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.DatasetImpl#isRandomCrop <em>Random Crop</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetImpl extends MinimalEObjectImpl.Container implements Dataset {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubsets() <em>Subsets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsets()
	 * @generated
	 * @ordered
	 */
	protected EList<Subset> subsets;

	/**
	 * The default value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected static final int RESOLUTION_EDEFAULT = 512;

	/**
	 * The cached value of the '{@link #getResolution() <em>Resolution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolution()
	 * @generated
	 * @ordered
	 */
	protected int resolution = RESOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaptionExtension() <em>Caption Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionExtension()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTION_EXTENSION_EDEFAULT = ".txt";

	/**
	 * The cached value of the '{@link #getCaptionExtension() <em>Caption Extension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionExtension()
	 * @generated
	 * @ordered
	 */
	protected String captionExtension = CAPTION_EXTENSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCaptions() <em>Captions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptions()
	 * @generated
	 * @ordered
	 */
	protected CaptionProcessing captions;

	/**
	 * The cached value of the '{@link #getBuckets() <em>Buckets</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuckets()
	 * @generated
	 * @ordered
	 */
	protected BucketSpec buckets;

	/**
	 * The default value of the '{@link #isFlip() <em>Flip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFlip()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FLIP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFlip() <em>Flip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFlip()
	 * @generated
	 * @ordered
	 */
	protected boolean flip = FLIP_EDEFAULT;

	/**
	 * The default value of the '{@link #isRandomCrop() <em>Random Crop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandomCrop()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RANDOM_CROP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRandomCrop() <em>Random Crop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandomCrop()
	 * @generated
	 * @ordered
	 */
	protected boolean randomCrop = RANDOM_CROP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.DATASET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Subset> getSubsets() {
		if (subsets == null) {
			subsets = new EObjectContainmentEList<Subset>(Subset.class, this, AtelierPackage.DATASET__SUBSETS);
		}
		return subsets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResolution() {
		return resolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolution(int newResolution) {
		int oldResolution = resolution;
		resolution = newResolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__RESOLUTION, oldResolution, resolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaptionExtension() {
		return captionExtension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptionExtension(String newCaptionExtension) {
		String oldCaptionExtension = captionExtension;
		captionExtension = newCaptionExtension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__CAPTION_EXTENSION, oldCaptionExtension, captionExtension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaptionProcessing getCaptions() {
		return captions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCaptions(CaptionProcessing newCaptions, NotificationChain msgs) {
		CaptionProcessing oldCaptions = captions;
		captions = newCaptions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__CAPTIONS, oldCaptions, newCaptions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptions(CaptionProcessing newCaptions) {
		if (newCaptions != captions) {
			NotificationChain msgs = null;
			if (captions != null)
				msgs = ((InternalEObject)captions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.DATASET__CAPTIONS, null, msgs);
			if (newCaptions != null)
				msgs = ((InternalEObject)newCaptions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.DATASET__CAPTIONS, null, msgs);
			msgs = basicSetCaptions(newCaptions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__CAPTIONS, newCaptions, newCaptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BucketSpec getBuckets() {
		return buckets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBuckets(BucketSpec newBuckets, NotificationChain msgs) {
		BucketSpec oldBuckets = buckets;
		buckets = newBuckets;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__BUCKETS, oldBuckets, newBuckets);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuckets(BucketSpec newBuckets) {
		if (newBuckets != buckets) {
			NotificationChain msgs = null;
			if (buckets != null)
				msgs = ((InternalEObject)buckets).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.DATASET__BUCKETS, null, msgs);
			if (newBuckets != null)
				msgs = ((InternalEObject)newBuckets).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AtelierPackage.DATASET__BUCKETS, null, msgs);
			msgs = basicSetBuckets(newBuckets, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__BUCKETS, newBuckets, newBuckets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFlip() {
		return flip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlip(boolean newFlip) {
		boolean oldFlip = flip;
		flip = newFlip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__FLIP, oldFlip, flip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRandomCrop() {
		return randomCrop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomCrop(boolean newRandomCrop) {
		boolean oldRandomCrop = randomCrop;
		randomCrop = newRandomCrop;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.DATASET__RANDOM_CROP, oldRandomCrop, randomCrop));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AtelierPackage.DATASET__SUBSETS:
				return ((InternalEList<?>)getSubsets()).basicRemove(otherEnd, msgs);
			case AtelierPackage.DATASET__CAPTIONS:
				return basicSetCaptions(null, msgs);
			case AtelierPackage.DATASET__BUCKETS:
				return basicSetBuckets(null, msgs);
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
			case AtelierPackage.DATASET__ID:
				return getId();
			case AtelierPackage.DATASET__NAME:
				return getName();
			case AtelierPackage.DATASET__SUBSETS:
				return getSubsets();
			case AtelierPackage.DATASET__RESOLUTION:
				return getResolution();
			case AtelierPackage.DATASET__CAPTION_EXTENSION:
				return getCaptionExtension();
			case AtelierPackage.DATASET__CAPTIONS:
				return getCaptions();
			case AtelierPackage.DATASET__BUCKETS:
				return getBuckets();
			case AtelierPackage.DATASET__FLIP:
				return isFlip();
			case AtelierPackage.DATASET__RANDOM_CROP:
				return isRandomCrop();
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
			case AtelierPackage.DATASET__ID:
				setId((String)newValue);
				return;
			case AtelierPackage.DATASET__NAME:
				setName((String)newValue);
				return;
			case AtelierPackage.DATASET__SUBSETS:
				getSubsets().clear();
				getSubsets().addAll((Collection<? extends Subset>)newValue);
				return;
			case AtelierPackage.DATASET__RESOLUTION:
				setResolution((Integer)newValue);
				return;
			case AtelierPackage.DATASET__CAPTION_EXTENSION:
				setCaptionExtension((String)newValue);
				return;
			case AtelierPackage.DATASET__CAPTIONS:
				setCaptions((CaptionProcessing)newValue);
				return;
			case AtelierPackage.DATASET__BUCKETS:
				setBuckets((BucketSpec)newValue);
				return;
			case AtelierPackage.DATASET__FLIP:
				setFlip((Boolean)newValue);
				return;
			case AtelierPackage.DATASET__RANDOM_CROP:
				setRandomCrop((Boolean)newValue);
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
			case AtelierPackage.DATASET__ID:
				setId(ID_EDEFAULT);
				return;
			case AtelierPackage.DATASET__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AtelierPackage.DATASET__SUBSETS:
				getSubsets().clear();
				return;
			case AtelierPackage.DATASET__RESOLUTION:
				setResolution(RESOLUTION_EDEFAULT);
				return;
			case AtelierPackage.DATASET__CAPTION_EXTENSION:
				setCaptionExtension(CAPTION_EXTENSION_EDEFAULT);
				return;
			case AtelierPackage.DATASET__CAPTIONS:
				setCaptions((CaptionProcessing)null);
				return;
			case AtelierPackage.DATASET__BUCKETS:
				setBuckets((BucketSpec)null);
				return;
			case AtelierPackage.DATASET__FLIP:
				setFlip(FLIP_EDEFAULT);
				return;
			case AtelierPackage.DATASET__RANDOM_CROP:
				setRandomCrop(RANDOM_CROP_EDEFAULT);
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
			case AtelierPackage.DATASET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case AtelierPackage.DATASET__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AtelierPackage.DATASET__SUBSETS:
				return subsets != null && !subsets.isEmpty();
			case AtelierPackage.DATASET__RESOLUTION:
				return resolution != RESOLUTION_EDEFAULT;
			case AtelierPackage.DATASET__CAPTION_EXTENSION:
				return CAPTION_EXTENSION_EDEFAULT == null ? captionExtension != null : !CAPTION_EXTENSION_EDEFAULT.equals(captionExtension);
			case AtelierPackage.DATASET__CAPTIONS:
				return captions != null;
			case AtelierPackage.DATASET__BUCKETS:
				return buckets != null;
			case AtelierPackage.DATASET__FLIP:
				return flip != FLIP_EDEFAULT;
			case AtelierPackage.DATASET__RANDOM_CROP:
				return randomCrop != RANDOM_CROP_EDEFAULT;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", resolution: ");
		result.append(resolution);
		result.append(", captionExtension: ");
		result.append(captionExtension);
		result.append(", flip: ");
		result.append(flip);
		result.append(", randomCrop: ");
		result.append(randomCrop);
		result.append(')');
		return result.toString();
	}

} //DatasetImpl

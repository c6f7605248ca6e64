/**
 */
package org.atelier.core.model.impl;

import org.atelier.core.model.AtelierPackage;
import org.atelier.core.model.Subset;
import org.atelier.core.model.SubsetRole;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atelier.core.model.impl.SubsetImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SubsetImpl#getRepeats <em>Repeats</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SubsetImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SubsetImpl#getClassTokens <em>Class Tokens</em>}</li>
 *   <li>{@link org.atelier.core.model.impl.SubsetImpl#getLossWeight <em>Loss Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubsetImpl extends MinimalEObjectImpl.Container implements Subset {
	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepeats() <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeats()
	 * @generated
	 * @ordered
	 */
	protected static final int REPEATS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRepeats() <em>Repeats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepeats()
	 * @generated
	 * @ordered
	 */
	protected int repeats = REPEATS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final SubsetRole ROLE_EDEFAULT = SubsetRole.INSTANCE;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected SubsetRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClassTokens() <em>Class Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassTokens()
	 * @generated
	 * @ordered
	 */
	protected static final String CLASS_TOKENS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassTokens() <em>Class Tokens</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassTokens()
	 * @generated
	 * @ordered
	 */
	protected String classTokens = CLASS_TOKENS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLossWeight() <em>Loss Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double LOSS_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getLossWeight() <em>Loss Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossWeight()
	 * @generated
	 * @ordered
	 */
	protected double lossWeight = LOSS_WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubsetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AtelierPackage.Literals.SUBSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SUBSET__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRepeats() {
		return repeats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepeats(int newRepeats) {
		int oldRepeats = repeats;
		repeats = newRepeats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SUBSET__REPEATS, oldRepeats, repeats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubsetRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(SubsetRole newRole) {
		SubsetRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SUBSET__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClassTokens() {
		return classTokens;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassTokens(String newClassTokens) {
		String oldClassTokens = classTokens;
		classTokens = newClassTokens;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SUBSET__CLASS_TOKENS, oldClassTokens, classTokens));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLossWeight() {
		return lossWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLossWeight(double newLossWeight) {
		double oldLossWeight = lossWeight;
		lossWeight = newLossWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AtelierPackage.SUBSET__LOSS_WEIGHT, oldLossWeight, lossWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AtelierPackage.SUBSET__PATH:
				return getPath();
			case AtelierPackage.SUBSET__REPEATS:
				return getRepeats();
			case AtelierPackage.SUBSET__ROLE:
				return getRole();
			case AtelierPackage.SUBSET__CLASS_TOKENS:
				return getClassTokens();
			case AtelierPackage.SUBSET__LOSS_WEIGHT:
				return getLossWeight();
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
			case AtelierPackage.SUBSET__PATH:
				setPath((String)newValue);
				return;
			case AtelierPackage.SUBSET__REPEATS:
				setRepeats((Integer)newValue);
				return;
			case AtelierPackage.SUBSET__ROLE:
				setRole((SubsetRole)newValue);
				return;
			case AtelierPackage.SUBSET__CLASS_TOKENS:
				setClassTokens((String)newValue);
				return;
			case AtelierPackage.SUBSET__LOSS_WEIGHT:
				setLossWeight((Double)newValue);
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
			case AtelierPackage.SUBSET__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case AtelierPackage.SUBSET__REPEATS:
				setRepeats(REPEATS_EDEFAULT);
				return;
			case AtelierPackage.SUBSET__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case AtelierPackage.SUBSET__CLASS_TOKENS:
				setClassTokens(CLASS_TOKENS_EDEFAULT);
				return;
			case AtelierPackage.SUBSET__LOSS_WEIGHT:
				setLossWeight(LOSS_WEIGHT_EDEFAULT);
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
			case AtelierPackage.SUBSET__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case AtelierPackage.SUBSET__REPEATS:
				return repeats != REPEATS_EDEFAULT;
			case AtelierPackage.SUBSET__ROLE:
				return role != ROLE_EDEFAULT;
			case AtelierPackage.SUBSET__CLASS_TOKENS:
				return CLASS_TOKENS_EDEFAULT == null ? classTokens != null : !CLASS_TOKENS_EDEFAULT.equals(classTokens);
			case AtelierPackage.SUBSET__LOSS_WEIGHT:
				return lossWeight != LOSS_WEIGHT_EDEFAULT;
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
		result.append(" (path: ");
		result.append(path);
		result.append(", repeats: ");
		result.append(repeats);
		result.append(", role: ");
		result.append(role);
		result.append(", classTokens: ");
		result.append(classTokens);
		result.append(", lossWeight: ");
		result.append(lossWeight);
		result.append(')');
		return result.toString();
	}

} //SubsetImpl

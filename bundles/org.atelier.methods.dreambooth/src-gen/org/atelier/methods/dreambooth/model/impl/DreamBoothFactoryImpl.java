/**
 */
package org.atelier.methods.dreambooth.model.impl;

import org.atelier.methods.dreambooth.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DreamBoothFactoryImpl extends EFactoryImpl implements DreamBoothFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DreamBoothFactory init() {
		try {
			DreamBoothFactory theDreamBoothFactory = (DreamBoothFactory)EPackage.Registry.INSTANCE.getEFactory(DreamBoothPackage.eNS_URI);
			if (theDreamBoothFactory != null) {
				return theDreamBoothFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DreamBoothFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DreamBoothFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DreamBoothPackage.DREAM_BOOTH_CONFIG: return createDreamBoothConfig();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DreamBoothConfig createDreamBoothConfig() {
		DreamBoothConfigImpl dreamBoothConfig = new DreamBoothConfigImpl();
		return dreamBoothConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DreamBoothPackage getDreamBoothPackage() {
		return (DreamBoothPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DreamBoothPackage getPackage() {
		return DreamBoothPackage.eINSTANCE;
	}

} //DreamBoothFactoryImpl

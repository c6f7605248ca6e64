/**
 */
package org.atelier.methods.customdiffusion.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage
 * @generated
 */
public interface CustomDiffusionFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CustomDiffusionFactory eINSTANCE = org.atelier.methods.customdiffusion.model.impl.CustomDiffusionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Config</em>'.
	 * @generated
	 */
	CustomDiffusionConfig createCustomDiffusionConfig();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CustomDiffusionPackage getCustomDiffusionPackage();

} //CustomDiffusionFactory

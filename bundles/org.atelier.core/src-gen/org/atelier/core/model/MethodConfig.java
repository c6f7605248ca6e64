/**
 */
package org.atelier.core.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Method Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The hyperparameters of one method: each method subclasses this in its own EPackage (it is concrete so that dynamic EPackages can subclass it). Annotations with source http://atelier.org/ui on its attributes (label, help, min, max, group) drive the form and the validation. Settings several methods share are declared once, in the interfaces below (TrainsInSteps, SavesWeights, SavesEmbedding), which a method's configuration also extends: the workbench reads and sets them through those.
 * <!-- end-model-doc -->
 *
 *
 * @see org.atelier.core.model.AtelierPackage#getMethodConfig()
 * @model
 * @generated
 */
public interface MethodConfig extends EObject {
} // MethodConfig

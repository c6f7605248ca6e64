/**
 */
package org.atelier.methods.customdiffusion.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Trained Projections</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atelier.methods.customdiffusion.model.CustomDiffusionPackage#getTrainedProjections()
 * @model
 * @generated
 */
public enum TrainedProjections implements Enumerator {
	/**
	 * The '<em><b>CROSSATTN KV</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSSATTN_KV_VALUE
	 * @generated
	 * @ordered
	 */
	CROSSATTN_KV(0, "CROSSATTN_KV", "crossattn_kv"),

	/**
	 * The '<em><b>CROSSATTN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSSATTN_VALUE
	 * @generated
	 * @ordered
	 */
	CROSSATTN(1, "CROSSATTN", "crossattn");

	/**
	 * The '<em><b>CROSSATTN KV</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSSATTN_KV
	 * @model literal="crossattn_kv"
	 * @generated
	 * @ordered
	 */
	public static final int CROSSATTN_KV_VALUE = 0;

	/**
	 * The '<em><b>CROSSATTN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSSATTN
	 * @model literal="crossattn"
	 * @generated
	 * @ordered
	 */
	public static final int CROSSATTN_VALUE = 1;

	/**
	 * An array of all the '<em><b>Trained Projections</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TrainedProjections[] VALUES_ARRAY =
		new TrainedProjections[] {
			CROSSATTN_KV,
			CROSSATTN,
		};

	/**
	 * A public read-only list of all the '<em><b>Trained Projections</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TrainedProjections> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Trained Projections</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainedProjections get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainedProjections result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Trained Projections</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainedProjections getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TrainedProjections result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Trained Projections</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TrainedProjections get(int value) {
		switch (value) {
			case CROSSATTN_KV_VALUE: return CROSSATTN_KV;
			case CROSSATTN_VALUE: return CROSSATTN;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TrainedProjections(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TrainedProjections

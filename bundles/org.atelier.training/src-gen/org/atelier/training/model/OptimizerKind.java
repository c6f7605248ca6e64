/**
 */
package org.atelier.training.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Optimizer Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atelier.training.model.TrainingPackage#getOptimizerKind()
 * @model
 * @generated
 */
public enum OptimizerKind implements Enumerator {
	/**
	 * The '<em><b>ADAMW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAMW_VALUE
	 * @generated
	 * @ordered
	 */
	ADAMW(0, "ADAMW", "ADAMW"),

	/**
	 * The '<em><b>ADAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAM_VALUE
	 * @generated
	 * @ordered
	 */
	ADAM(1, "ADAM", "ADAM"),

	/**
	 * The '<em><b>LION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LION_VALUE
	 * @generated
	 * @ordered
	 */
	LION(2, "LION", "LION"),

	/**
	 * The '<em><b>SGD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SGD_VALUE
	 * @generated
	 * @ordered
	 */
	SGD(3, "SGD", "SGD"),

	/**
	 * The '<em><b>PRODIGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODIGY_VALUE
	 * @generated
	 * @ordered
	 */
	PRODIGY(4, "PRODIGY", "PRODIGY"),

	/**
	 * The '<em><b>ADAFACTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAFACTOR_VALUE
	 * @generated
	 * @ordered
	 */
	ADAFACTOR(5, "ADAFACTOR", "ADAFACTOR");

	/**
	 * The '<em><b>ADAMW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAMW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADAMW_VALUE = 0;

	/**
	 * The '<em><b>ADAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADAM_VALUE = 1;

	/**
	 * The '<em><b>LION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LION_VALUE = 2;

	/**
	 * The '<em><b>SGD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SGD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SGD_VALUE = 3;

	/**
	 * The '<em><b>PRODIGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODIGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODIGY_VALUE = 4;

	/**
	 * The '<em><b>ADAFACTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAFACTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADAFACTOR_VALUE = 5;

	/**
	 * An array of all the '<em><b>Optimizer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OptimizerKind[] VALUES_ARRAY =
		new OptimizerKind[] {
			ADAMW,
			ADAM,
			LION,
			SGD,
			PRODIGY,
			ADAFACTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Optimizer Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OptimizerKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Optimizer Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OptimizerKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OptimizerKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Optimizer Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OptimizerKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OptimizerKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Optimizer Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OptimizerKind get(int value) {
		switch (value) {
			case ADAMW_VALUE: return ADAMW;
			case ADAM_VALUE: return ADAM;
			case LION_VALUE: return LION;
			case SGD_VALUE: return SGD;
			case PRODIGY_VALUE: return PRODIGY;
			case ADAFACTOR_VALUE: return ADAFACTOR;
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
	private OptimizerKind(int value, String name, String literal) {
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
	
} //OptimizerKind

/**
 */
package org.atelier.methods.merge.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Algorithm</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atelier.methods.merge.model.MergePackage#getMergeAlgorithm()
 * @model
 * @generated
 */
public enum MergeAlgorithm implements Enumerator {
	/**
	 * The '<em><b>WEIGHTED SUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEIGHTED_SUM_VALUE
	 * @generated
	 * @ordered
	 */
	WEIGHTED_SUM(0, "WEIGHTED_SUM", "WEIGHTED_SUM"),

	/**
	 * The '<em><b>ADD DIFFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_DIFFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	ADD_DIFFERENCE(1, "ADD_DIFFERENCE", "ADD_DIFFERENCE"),

	/**
	 * The '<em><b>TRIPLE SUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIPLE_SUM_VALUE
	 * @generated
	 * @ordered
	 */
	TRIPLE_SUM(2, "TRIPLE_SUM", "TRIPLE_SUM"),

	/**
	 * The '<em><b>SUM TWICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_TWICE_VALUE
	 * @generated
	 * @ordered
	 */
	SUM_TWICE(3, "SUM_TWICE", "SUM_TWICE"),

	/**
	 * The '<em><b>NO INTERPOLATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_INTERPOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	NO_INTERPOLATION(4, "NO_INTERPOLATION", "NO_INTERPOLATION"),

	/**
	 * The '<em><b>SLERP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLERP_VALUE
	 * @generated
	 * @ordered
	 */
	SLERP(5, "SLERP", "SLERP"),

	/**
	 * The '<em><b>ADD PERPENDICULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_PERPENDICULAR_VALUE
	 * @generated
	 * @ordered
	 */
	ADD_PERPENDICULAR(6, "ADD_PERPENDICULAR", "ADD_PERPENDICULAR"),

	/**
	 * The '<em><b>TIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIES_VALUE
	 * @generated
	 * @ordered
	 */
	TIES(7, "TIES", "TIES"),

	/**
	 * The '<em><b>DARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DARE_VALUE
	 * @generated
	 * @ordered
	 */
	DARE(8, "DARE", "DARE"),

	/**
	 * The '<em><b>DARE TIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DARE_TIES_VALUE
	 * @generated
	 * @ordered
	 */
	DARE_TIES(9, "DARE_TIES", "DARE_TIES"),

	/**
	 * The '<em><b>TRAIN DIFFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAIN_DIFFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	TRAIN_DIFFERENCE(10, "TRAIN_DIFFERENCE", "TRAIN_DIFFERENCE"),

	/**
	 * The '<em><b>TENSOR SUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSOR_SUM_VALUE
	 * @generated
	 * @ordered
	 */
	TENSOR_SUM(11, "TENSOR_SUM", "TENSOR_SUM"),

	/**
	 * The '<em><b>TENSOR SWAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSOR_SWAP_VALUE
	 * @generated
	 * @ordered
	 */
	TENSOR_SWAP(12, "TENSOR_SWAP", "TENSOR_SWAP"),

	/**
	 * The '<em><b>COSINE A</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COSINE_A_VALUE
	 * @generated
	 * @ordered
	 */
	COSINE_A(13, "COSINE_A", "COSINE_A"),

	/**
	 * The '<em><b>COSINE B</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COSINE_B_VALUE
	 * @generated
	 * @ordered
	 */
	COSINE_B(14, "COSINE_B", "COSINE_B");

	/**
	 * The '<em><b>WEIGHTED SUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEIGHTED_SUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEIGHTED_SUM_VALUE = 0;

	/**
	 * The '<em><b>ADD DIFFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_DIFFERENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADD_DIFFERENCE_VALUE = 1;

	/**
	 * The '<em><b>TRIPLE SUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIPLE_SUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRIPLE_SUM_VALUE = 2;

	/**
	 * The '<em><b>SUM TWICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUM_TWICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUM_TWICE_VALUE = 3;

	/**
	 * The '<em><b>NO INTERPOLATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_INTERPOLATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_INTERPOLATION_VALUE = 4;

	/**
	 * The '<em><b>SLERP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SLERP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SLERP_VALUE = 5;

	/**
	 * The '<em><b>ADD PERPENDICULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADD_PERPENDICULAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADD_PERPENDICULAR_VALUE = 6;

	/**
	 * The '<em><b>TIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIES_VALUE = 7;

	/**
	 * The '<em><b>DARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DARE_VALUE = 8;

	/**
	 * The '<em><b>DARE TIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DARE_TIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DARE_TIES_VALUE = 9;

	/**
	 * The '<em><b>TRAIN DIFFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAIN_DIFFERENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAIN_DIFFERENCE_VALUE = 10;

	/**
	 * The '<em><b>TENSOR SUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSOR_SUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TENSOR_SUM_VALUE = 11;

	/**
	 * The '<em><b>TENSOR SWAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TENSOR_SWAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TENSOR_SWAP_VALUE = 12;

	/**
	 * The '<em><b>COSINE A</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COSINE_A
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COSINE_A_VALUE = 13;

	/**
	 * The '<em><b>COSINE B</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COSINE_B
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COSINE_B_VALUE = 14;

	/**
	 * An array of all the '<em><b>Algorithm</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MergeAlgorithm[] VALUES_ARRAY =
		new MergeAlgorithm[] {
			WEIGHTED_SUM,
			ADD_DIFFERENCE,
			TRIPLE_SUM,
			SUM_TWICE,
			NO_INTERPOLATION,
			SLERP,
			ADD_PERPENDICULAR,
			TIES,
			DARE,
			DARE_TIES,
			TRAIN_DIFFERENCE,
			TENSOR_SUM,
			TENSOR_SWAP,
			COSINE_A,
			COSINE_B,
		};

	/**
	 * A public read-only list of all the '<em><b>Algorithm</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MergeAlgorithm> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Algorithm</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MergeAlgorithm get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MergeAlgorithm result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Algorithm</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MergeAlgorithm getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MergeAlgorithm result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Algorithm</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MergeAlgorithm get(int value) {
		switch (value) {
			case WEIGHTED_SUM_VALUE: return WEIGHTED_SUM;
			case ADD_DIFFERENCE_VALUE: return ADD_DIFFERENCE;
			case TRIPLE_SUM_VALUE: return TRIPLE_SUM;
			case SUM_TWICE_VALUE: return SUM_TWICE;
			case NO_INTERPOLATION_VALUE: return NO_INTERPOLATION;
			case SLERP_VALUE: return SLERP;
			case ADD_PERPENDICULAR_VALUE: return ADD_PERPENDICULAR;
			case TIES_VALUE: return TIES;
			case DARE_VALUE: return DARE;
			case DARE_TIES_VALUE: return DARE_TIES;
			case TRAIN_DIFFERENCE_VALUE: return TRAIN_DIFFERENCE;
			case TENSOR_SUM_VALUE: return TENSOR_SUM;
			case TENSOR_SWAP_VALUE: return TENSOR_SWAP;
			case COSINE_A_VALUE: return COSINE_A;
			case COSINE_B_VALUE: return COSINE_B;
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
	private MergeAlgorithm(int value, String name, String literal) {
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
	
} //MergeAlgorithm

/**
 */
package dev.faultline.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Relation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a cause acts on an effect.
 * <!-- end-model-doc -->
 * @see dev.faultline.model.FaultlinePackage#getRelationKind()
 * @model
 * @generated
 */
public enum RelationKind implements Enumerator {
	/**
	 * The '<em><b>TRIGGERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIGGERS_VALUE
	 * @generated
	 * @ordered
	 */
	TRIGGERS(0, "TRIGGERS", "triggers"),

	/**
	 * The '<em><b>LOADED BY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOADED_BY_VALUE
	 * @generated
	 * @ordered
	 */
	LOADED_BY(1, "LOADED_BY", "loaded by"),

	/**
	 * The '<em><b>CRASHES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRASHES_VALUE
	 * @generated
	 * @ordered
	 */
	CRASHES(2, "CRASHES", "crashes"),

	/**
	 * The '<em><b>CAUSES OUTAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAUSES_OUTAGE_VALUE
	 * @generated
	 * @ordered
	 */
	CAUSES_OUTAGE(3, "CAUSES_OUTAGE", "causes outage"),

	/**
	 * The '<em><b>MITIGATES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITIGATES_VALUE
	 * @generated
	 * @ordered
	 */
	MITIGATES(4, "MITIGATES", "mitigates");

	/**
	 * The '<em><b>TRIGGERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIGGERS
	 * @model literal="triggers"
	 * @generated
	 * @ordered
	 */
	public static final int TRIGGERS_VALUE = 0;

	/**
	 * The '<em><b>LOADED BY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOADED_BY
	 * @model literal="loaded by"
	 * @generated
	 * @ordered
	 */
	public static final int LOADED_BY_VALUE = 1;

	/**
	 * The '<em><b>CRASHES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRASHES
	 * @model literal="crashes"
	 * @generated
	 * @ordered
	 */
	public static final int CRASHES_VALUE = 2;

	/**
	 * The '<em><b>CAUSES OUTAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAUSES_OUTAGE
	 * @model literal="causes outage"
	 * @generated
	 * @ordered
	 */
	public static final int CAUSES_OUTAGE_VALUE = 3;

	/**
	 * The '<em><b>MITIGATES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MITIGATES
	 * @model literal="mitigates"
	 * @generated
	 * @ordered
	 */
	public static final int MITIGATES_VALUE = 4;

	/**
	 * An array of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RelationKind[] VALUES_ARRAY =
		new RelationKind[] {
			TRIGGERS,
			LOADED_BY,
			CRASHES,
			CAUSES_OUTAGE,
			MITIGATES,
		};

	/**
	 * A public read-only list of all the '<em><b>Relation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RelationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RelationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Relation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RelationKind get(int value) {
		switch (value) {
			case TRIGGERS_VALUE: return TRIGGERS;
			case LOADED_BY_VALUE: return LOADED_BY;
			case CRASHES_VALUE: return CRASHES;
			case CAUSES_OUTAGE_VALUE: return CAUSES_OUTAGE;
			case MITIGATES_VALUE: return MITIGATES;
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
	private RelationKind(int value, String name, String literal) {
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
	
} //RelationKind

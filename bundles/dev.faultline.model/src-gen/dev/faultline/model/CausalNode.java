/**
 */
package dev.faultline.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Causal Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fact that can be the cause or the effect of a causal link.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.faultline.model.FaultlinePackage#getCausalNode()
 * @model abstract="true"
 * @generated
 */
public interface CausalNode extends Fact {
} // CausalNode

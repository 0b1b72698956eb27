/**
 */
package dev.faultline.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything an investigation asserts: it can cite evidence and be marked as reconstructed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Fact#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.faultline.model.Fact#isReconstructed <em>Reconstructed</em>}</li>
 *   <li>{@link dev.faultline.model.Fact#getCitations <em>Citations</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getFact()
 * @model abstract="true"
 * @generated
 */
public interface Fact extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text; also where public sources (URLs) of the fact are listed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.faultline.model.FaultlinePackage#getFact_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Fact#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Reconstructed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the value was reconstructed or estimated by the analysts rather than taken from a published or recorded source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reconstructed</em>' attribute.
	 * @see #setReconstructed(boolean)
	 * @see dev.faultline.model.FaultlinePackage#getFact_Reconstructed()
	 * @model
	 * @generated
	 */
	boolean isReconstructed();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Fact#isReconstructed <em>Reconstructed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reconstructed</em>' attribute.
	 * @see #isReconstructed()
	 * @generated
	 */
	void setReconstructed(boolean value);

	/**
	 * Returns the value of the '<em><b>Citations</b></em>' containment reference list.
	 * The list contents are of type {@link dev.faultline.model.EvidenceRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Places in the evidence that support this fact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Citations</em>' containment reference list.
	 * @see dev.faultline.model.FaultlinePackage#getFact_Citations()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceRef> getCitations();

} // Fact

/**
 */
package dev.faultline.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place in an evidence file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.EvidenceRef#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.faultline.model.EvidenceRef#getLine <em>Line</em>}</li>
 *   <li>{@link dev.faultline.model.EvidenceRef#getByteOffset <em>Byte Offset</em>}</li>
 *   <li>{@link dev.faultline.model.EvidenceRef#getRecordId <em>Record Id</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getEvidenceRef()
 * @model
 * @generated
 */
public interface EvidenceRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference.
	 * @see #setEvidence(Evidence)
	 * @see dev.faultline.model.FaultlinePackage#getEvidenceRef_Evidence()
	 * @model
	 * @generated
	 */
	Evidence getEvidence();

	/**
	 * Sets the value of the '{@link dev.faultline.model.EvidenceRef#getEvidence <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' reference.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(Evidence value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-based line number, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(Long)
	 * @see dev.faultline.model.FaultlinePackage#getEvidenceRef_Line()
	 * @model
	 * @generated
	 */
	Long getLine();

	/**
	 * Sets the value of the '{@link dev.faultline.model.EvidenceRef#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(Long value);

	/**
	 * Returns the value of the '<em><b>Byte Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Byte offset, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Byte Offset</em>' attribute.
	 * @see #setByteOffset(Long)
	 * @see dev.faultline.model.FaultlinePackage#getEvidenceRef_ByteOffset()
	 * @model
	 * @generated
	 */
	Long getByteOffset();

	/**
	 * Sets the value of the '{@link dev.faultline.model.EvidenceRef#getByteOffset <em>Byte Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byte Offset</em>' attribute.
	 * @see #getByteOffset()
	 * @generated
	 */
	void setByteOffset(Long value);

	/**
	 * Returns the value of the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record id (e.g. EVTX record number), if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Id</em>' attribute.
	 * @see #setRecordId(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidenceRef_RecordId()
	 * @model
	 * @generated
	 */
	String getRecordId();

	/**
	 * Sets the value of the '{@link dev.faultline.model.EvidenceRef#getRecordId <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Id</em>' attribute.
	 * @see #getRecordId()
	 * @generated
	 */
	void setRecordId(String value);

} // EvidenceRef

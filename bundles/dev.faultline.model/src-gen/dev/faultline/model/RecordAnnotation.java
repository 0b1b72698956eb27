/**
 */
package dev.faultline.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an analyst noted on one evidence record of the index: tags, a star, comments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.RecordAnnotation#getRecordId <em>Record Id</em>}</li>
 *   <li>{@link dev.faultline.model.RecordAnnotation#getRecord <em>Record</em>}</li>
 *   <li>{@link dev.faultline.model.RecordAnnotation#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.faultline.model.RecordAnnotation#getComments <em>Comments</em>}</li>
 *   <li>{@link dev.faultline.model.RecordAnnotation#isStarred <em>Starred</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getRecordAnnotation()
 * @model
 * @generated
 */
public interface RecordAnnotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record's id in the evidence index (first 16 hex digits of its file's SHA-256, #, and L<line>, @<offset> or R<record id>).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Id</em>' attribute.
	 * @see #setRecordId(String)
	 * @see dev.faultline.model.FaultlinePackage#getRecordAnnotation_RecordId()
	 * @model
	 * @generated
	 */
	String getRecordId();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RecordAnnotation#getRecordId <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Id</em>' attribute.
	 * @see #getRecordId()
	 * @generated
	 */
	void setRecordId(String value);

	/**
	 * Returns the value of the '<em><b>Record</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The record's evidence file and place in it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record</em>' containment reference.
	 * @see #setRecord(EvidenceRef)
	 * @see dev.faultline.model.FaultlinePackage#getRecordAnnotation_Record()
	 * @model containment="true"
	 * @generated
	 */
	EvidenceRef getRecord();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RecordAnnotation#getRecord <em>Record</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record</em>' containment reference.
	 * @see #getRecord()
	 * @generated
	 */
	void setRecord(EvidenceRef value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tags.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see dev.faultline.model.FaultlinePackage#getRecordAnnotation_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Analyst comments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' attribute list.
	 * @see dev.faultline.model.FaultlinePackage#getRecordAnnotation_Comments()
	 * @model
	 * @generated
	 */
	EList<String> getComments();

	/**
	 * Returns the value of the '<em><b>Starred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marked as important.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starred</em>' attribute.
	 * @see #setStarred(boolean)
	 * @see dev.faultline.model.FaultlinePackage#getRecordAnnotation_Starred()
	 * @model
	 * @generated
	 */
	boolean isStarred();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RecordAnnotation#isStarred <em>Starred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starred</em>' attribute.
	 * @see #isStarred()
	 * @generated
	 */
	void setStarred(boolean value);

} // RecordAnnotation

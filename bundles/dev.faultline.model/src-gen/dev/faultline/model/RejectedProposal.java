/**
 */
package dev.faultline.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rejected Proposal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A causal link proposed by the analysis and rejected by an analyst; kept so that the same proposal is not offered again unnoticed and the post-mortem can list it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.RejectedProposal#getProposalId <em>Proposal Id</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getCause <em>Cause</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getEffect <em>Effect</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getRelation <em>Relation</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getProposedConfidence <em>Proposed Confidence</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getProposedRationale <em>Proposed Rationale</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getReason <em>Reason</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getRejectedAt <em>Rejected At</em>}</li>
 *   <li>{@link dev.faultline.model.RejectedProposal#getRejectedBy <em>Rejected By</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal()
 * @model
 * @generated
 */
public interface RejectedProposal extends Fact {
	/**
	 * Returns the value of the '<em><b>Proposal Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the proposal (stable for the same cause, effect and relation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposal Id</em>' attribute.
	 * @see #setProposalId(String)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_ProposalId()
	 * @model
	 * @generated
	 */
	String getProposalId();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getProposalId <em>Proposal Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposal Id</em>' attribute.
	 * @see #getProposalId()
	 * @generated
	 */
	void setProposalId(String value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposed cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' reference.
	 * @see #setCause(CausalNode)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_Cause()
	 * @model
	 * @generated
	 */
	CausalNode getCause();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getCause <em>Cause</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' reference.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(CausalNode value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposed effect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect</em>' reference.
	 * @see #setEffect(CausalNode)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_Effect()
	 * @model
	 * @generated
	 */
	CausalNode getEffect();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getEffect <em>Effect</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' reference.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(CausalNode value);

	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.faultline.model.RelationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposed relation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see dev.faultline.model.RelationKind
	 * @see #setRelation(RelationKind)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_Relation()
	 * @model
	 * @generated
	 */
	RelationKind getRelation();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see dev.faultline.model.RelationKind
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(RelationKind value);

	/**
	 * Returns the value of the '<em><b>Proposed Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confidence the analysis gave it, in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposed Confidence</em>' attribute.
	 * @see #setProposedConfidence(Long)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_ProposedConfidence()
	 * @model
	 * @generated
	 */
	Long getProposedConfidence();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getProposedConfidence <em>Proposed Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed Confidence</em>' attribute.
	 * @see #getProposedConfidence()
	 * @generated
	 */
	void setProposedConfidence(Long value);

	/**
	 * Returns the value of the '<em><b>Proposed Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rationale of the analysis as proposed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposed Rationale</em>' attribute.
	 * @see #setProposedRationale(String)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_ProposedRationale()
	 * @model
	 * @generated
	 */
	String getProposedRationale();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getProposedRationale <em>Proposed Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed Rationale</em>' attribute.
	 * @see #getProposedRationale()
	 * @generated
	 */
	void setProposedRationale(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the analyst rejected it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Rejected At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was rejected (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejected At</em>' attribute.
	 * @see #setRejectedAt(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_RejectedAt()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getRejectedAt();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getRejectedAt <em>Rejected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejected At</em>' attribute.
	 * @see #getRejectedAt()
	 * @generated
	 */
	void setRejectedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Rejected By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who rejected it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejected By</em>' attribute.
	 * @see #setRejectedBy(String)
	 * @see dev.faultline.model.FaultlinePackage#getRejectedProposal_RejectedBy()
	 * @model
	 * @generated
	 */
	String getRejectedBy();

	/**
	 * Sets the value of the '{@link dev.faultline.model.RejectedProposal#getRejectedBy <em>Rejected By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejected By</em>' attribute.
	 * @see #getRejectedBy()
	 * @generated
	 */
	void setRejectedBy(String value);

} // RejectedProposal

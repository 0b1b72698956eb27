/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.CausalNode;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.RelationKind;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rejected Proposal</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getProposalId <em>Proposal Id</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getCause <em>Cause</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getEffect <em>Effect</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getRelation <em>Relation</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getProposedConfidence <em>Proposed Confidence</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getProposedRationale <em>Proposed Rationale</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getRejectedAt <em>Rejected At</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RejectedProposalImpl#getRejectedBy <em>Rejected By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RejectedProposalImpl extends FactImpl implements RejectedProposal {
	/**
	 * The default value of the '{@link #getProposalId() <em>Proposal Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposalId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPOSAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposalId() <em>Proposal Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposalId()
	 * @generated
	 * @ordered
	 */
	protected String proposalId = PROPOSAL_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected CausalNode cause;

	/**
	 * The cached value of the '{@link #getEffect() <em>Effect</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffect()
	 * @generated
	 * @ordered
	 */
	protected CausalNode effect;

	/**
	 * The default value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected static final RelationKind RELATION_EDEFAULT = RelationKind.TRIGGERS;

	/**
	 * The cached value of the '{@link #getRelation() <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelation()
	 * @generated
	 * @ordered
	 */
	protected RelationKind relation = RELATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProposedConfidence() <em>Proposed Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final Long PROPOSED_CONFIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposedConfidence() <em>Proposed Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedConfidence()
	 * @generated
	 * @ordered
	 */
	protected Long proposedConfidence = PROPOSED_CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProposedRationale() <em>Proposed Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPOSED_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposedRationale() <em>Proposed Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedRationale()
	 * @generated
	 * @ordered
	 */
	protected String proposedRationale = PROPOSED_RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getRejectedAt() <em>Rejected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REJECTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectedAt() <em>Rejected At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant rejectedAt = REJECTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRejectedBy() <em>Rejected By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String REJECTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectedBy() <em>Rejected By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedBy()
	 * @generated
	 * @ordered
	 */
	protected String rejectedBy = REJECTED_BY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RejectedProposalImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.REJECTED_PROPOSAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProposalId() {
		return proposalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposalId(String newProposalId) {
		String oldProposalId = proposalId;
		proposalId = newProposalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__PROPOSAL_ID, oldProposalId, proposalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CausalNode getCause() {
		if (cause != null && cause.eIsProxy()) {
			InternalEObject oldCause = (InternalEObject)cause;
			cause = (CausalNode)eResolveProxy(oldCause);
			if (cause != oldCause) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FaultlinePackage.REJECTED_PROPOSAL__CAUSE, oldCause, cause));
			}
		}
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CausalNode basicGetCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(CausalNode newCause) {
		CausalNode oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CausalNode getEffect() {
		if (effect != null && effect.eIsProxy()) {
			InternalEObject oldEffect = (InternalEObject)effect;
			effect = (CausalNode)eResolveProxy(oldEffect);
			if (effect != oldEffect) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FaultlinePackage.REJECTED_PROPOSAL__EFFECT, oldEffect, effect));
			}
		}
		return effect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CausalNode basicGetEffect() {
		return effect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffect(CausalNode newEffect) {
		CausalNode oldEffect = effect;
		effect = newEffect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__EFFECT, oldEffect, effect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationKind getRelation() {
		return relation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelation(RelationKind newRelation) {
		RelationKind oldRelation = relation;
		relation = newRelation == null ? RELATION_EDEFAULT : newRelation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__RELATION, oldRelation, relation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getProposedConfidence() {
		return proposedConfidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposedConfidence(Long newProposedConfidence) {
		Long oldProposedConfidence = proposedConfidence;
		proposedConfidence = newProposedConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_CONFIDENCE, oldProposedConfidence, proposedConfidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProposedRationale() {
		return proposedRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposedRationale(String newProposedRationale) {
		String oldProposedRationale = proposedRationale;
		proposedRationale = newProposedRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_RATIONALE, oldProposedRationale, proposedRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRejectedAt() {
		return rejectedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectedAt(Instant newRejectedAt) {
		Instant oldRejectedAt = rejectedAt;
		rejectedAt = newRejectedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__REJECTED_AT, oldRejectedAt, rejectedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRejectedBy() {
		return rejectedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectedBy(String newRejectedBy) {
		String oldRejectedBy = rejectedBy;
		rejectedBy = newRejectedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REJECTED_PROPOSAL__REJECTED_BY, oldRejectedBy, rejectedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSAL_ID:
				return getProposalId();
			case FaultlinePackage.REJECTED_PROPOSAL__CAUSE:
				if (resolve) return getCause();
				return basicGetCause();
			case FaultlinePackage.REJECTED_PROPOSAL__EFFECT:
				if (resolve) return getEffect();
				return basicGetEffect();
			case FaultlinePackage.REJECTED_PROPOSAL__RELATION:
				return getRelation();
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_CONFIDENCE:
				return getProposedConfidence();
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_RATIONALE:
				return getProposedRationale();
			case FaultlinePackage.REJECTED_PROPOSAL__REASON:
				return getReason();
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_AT:
				return getRejectedAt();
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_BY:
				return getRejectedBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSAL_ID:
				setProposalId((String)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__CAUSE:
				setCause((CausalNode)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__EFFECT:
				setEffect((CausalNode)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__RELATION:
				setRelation((RelationKind)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_CONFIDENCE:
				setProposedConfidence((Long)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_RATIONALE:
				setProposedRationale((String)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__REASON:
				setReason((String)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_AT:
				setRejectedAt((Instant)newValue);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_BY:
				setRejectedBy((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSAL_ID:
				setProposalId(PROPOSAL_ID_EDEFAULT);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__CAUSE:
				setCause((CausalNode)null);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__EFFECT:
				setEffect((CausalNode)null);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__RELATION:
				setRelation(RELATION_EDEFAULT);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_CONFIDENCE:
				setProposedConfidence(PROPOSED_CONFIDENCE_EDEFAULT);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_RATIONALE:
				setProposedRationale(PROPOSED_RATIONALE_EDEFAULT);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_AT:
				setRejectedAt(REJECTED_AT_EDEFAULT);
				return;
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_BY:
				setRejectedBy(REJECTED_BY_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSAL_ID:
				return PROPOSAL_ID_EDEFAULT == null ? proposalId != null : !PROPOSAL_ID_EDEFAULT.equals(proposalId);
			case FaultlinePackage.REJECTED_PROPOSAL__CAUSE:
				return cause != null;
			case FaultlinePackage.REJECTED_PROPOSAL__EFFECT:
				return effect != null;
			case FaultlinePackage.REJECTED_PROPOSAL__RELATION:
				return relation != RELATION_EDEFAULT;
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_CONFIDENCE:
				return PROPOSED_CONFIDENCE_EDEFAULT == null ? proposedConfidence != null : !PROPOSED_CONFIDENCE_EDEFAULT.equals(proposedConfidence);
			case FaultlinePackage.REJECTED_PROPOSAL__PROPOSED_RATIONALE:
				return PROPOSED_RATIONALE_EDEFAULT == null ? proposedRationale != null : !PROPOSED_RATIONALE_EDEFAULT.equals(proposedRationale);
			case FaultlinePackage.REJECTED_PROPOSAL__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_AT:
				return REJECTED_AT_EDEFAULT == null ? rejectedAt != null : !REJECTED_AT_EDEFAULT.equals(rejectedAt);
			case FaultlinePackage.REJECTED_PROPOSAL__REJECTED_BY:
				return REJECTED_BY_EDEFAULT == null ? rejectedBy != null : !REJECTED_BY_EDEFAULT.equals(rejectedBy);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (proposalId: ");
		result.append(proposalId);
		result.append(", relation: ");
		result.append(relation);
		result.append(", proposedConfidence: ");
		result.append(proposedConfidence);
		result.append(", proposedRationale: ");
		result.append(proposedRationale);
		result.append(", reason: ");
		result.append(reason);
		result.append(", rejectedAt: ");
		result.append(rejectedAt);
		result.append(", rejectedBy: ");
		result.append(rejectedBy);
		result.append(')');
		return result.toString();
	}

} //RejectedProposalImpl

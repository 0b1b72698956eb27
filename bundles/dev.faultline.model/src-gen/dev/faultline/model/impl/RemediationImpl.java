/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.HostGroup;
import dev.faultline.model.Remediation;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remediation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.RemediationImpl#getAction <em>Action</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RemediationImpl#getPerformedAt <em>Performed At</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RemediationImpl#getPerformedBy <em>Performed By</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RemediationImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RemediationImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RemediationImpl#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RemediationImpl extends FactImpl implements Remediation {
	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerformedAt() <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PERFORMED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerformedAt() <em>Performed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant performedAt = PERFORMED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPerformedBy() <em>Performed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String PERFORMED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPerformedBy() <em>Performed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerformedBy()
	 * @generated
	 * @ordered
	 */
	protected String performedBy = PERFORMED_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<HostGroup> groups;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemediationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.REMEDIATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REMEDIATION__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPerformedAt() {
		return performedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedAt(Instant newPerformedAt) {
		Instant oldPerformedAt = performedAt;
		performedAt = newPerformedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REMEDIATION__PERFORMED_AT, oldPerformedAt, performedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPerformedBy() {
		return performedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerformedBy(String newPerformedBy) {
		String oldPerformedBy = performedBy;
		performedBy = newPerformedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REMEDIATION__PERFORMED_BY, oldPerformedBy, performedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectResolvingEList<Host>(Host.class, this, FaultlinePackage.REMEDIATION__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<HostGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectResolvingEList<HostGroup>(HostGroup.class, this, FaultlinePackage.REMEDIATION__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.REMEDIATION__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.REMEDIATION__ACTION:
				return getAction();
			case FaultlinePackage.REMEDIATION__PERFORMED_AT:
				return getPerformedAt();
			case FaultlinePackage.REMEDIATION__PERFORMED_BY:
				return getPerformedBy();
			case FaultlinePackage.REMEDIATION__HOSTS:
				return getHosts();
			case FaultlinePackage.REMEDIATION__GROUPS:
				return getGroups();
			case FaultlinePackage.REMEDIATION__OUTCOME:
				return getOutcome();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FaultlinePackage.REMEDIATION__ACTION:
				setAction((String)newValue);
				return;
			case FaultlinePackage.REMEDIATION__PERFORMED_AT:
				setPerformedAt((Instant)newValue);
				return;
			case FaultlinePackage.REMEDIATION__PERFORMED_BY:
				setPerformedBy((String)newValue);
				return;
			case FaultlinePackage.REMEDIATION__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case FaultlinePackage.REMEDIATION__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends HostGroup>)newValue);
				return;
			case FaultlinePackage.REMEDIATION__OUTCOME:
				setOutcome((String)newValue);
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
			case FaultlinePackage.REMEDIATION__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case FaultlinePackage.REMEDIATION__PERFORMED_AT:
				setPerformedAt(PERFORMED_AT_EDEFAULT);
				return;
			case FaultlinePackage.REMEDIATION__PERFORMED_BY:
				setPerformedBy(PERFORMED_BY_EDEFAULT);
				return;
			case FaultlinePackage.REMEDIATION__HOSTS:
				getHosts().clear();
				return;
			case FaultlinePackage.REMEDIATION__GROUPS:
				getGroups().clear();
				return;
			case FaultlinePackage.REMEDIATION__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
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
			case FaultlinePackage.REMEDIATION__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case FaultlinePackage.REMEDIATION__PERFORMED_AT:
				return PERFORMED_AT_EDEFAULT == null ? performedAt != null : !PERFORMED_AT_EDEFAULT.equals(performedAt);
			case FaultlinePackage.REMEDIATION__PERFORMED_BY:
				return PERFORMED_BY_EDEFAULT == null ? performedBy != null : !PERFORMED_BY_EDEFAULT.equals(performedBy);
			case FaultlinePackage.REMEDIATION__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case FaultlinePackage.REMEDIATION__GROUPS:
				return groups != null && !groups.isEmpty();
			case FaultlinePackage.REMEDIATION__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
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
		result.append(" (action: ");
		result.append(action);
		result.append(", performedAt: ");
		result.append(performedAt);
		result.append(", performedBy: ");
		result.append(performedBy);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //RemediationImpl

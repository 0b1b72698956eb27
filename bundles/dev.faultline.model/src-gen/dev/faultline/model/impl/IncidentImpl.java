/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Incident;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Incident</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.IncidentImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.faultline.model.impl.IncidentImpl#getStart <em>Start</em>}</li>
 *   <li>{@link dev.faultline.model.impl.IncidentImpl#getDetected <em>Detected</em>}</li>
 *   <li>{@link dev.faultline.model.impl.IncidentImpl#getMitigated <em>Mitigated</em>}</li>
 *   <li>{@link dev.faultline.model.impl.IncidentImpl#getResolved <em>Resolved</em>}</li>
 *   <li>{@link dev.faultline.model.impl.IncidentImpl#getImpactStatement <em>Impact Statement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IncidentImpl extends FactImpl implements Incident {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Instant start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetected() <em>Detected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetected()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DETECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetected() <em>Detected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetected()
	 * @generated
	 * @ordered
	 */
	protected Instant detected = DETECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getMitigated() <em>Mitigated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigated()
	 * @generated
	 * @ordered
	 */
	protected static final Instant MITIGATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMitigated() <em>Mitigated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigated()
	 * @generated
	 * @ordered
	 */
	protected Instant mitigated = MITIGATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolved()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RESOLVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolved() <em>Resolved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolved()
	 * @generated
	 * @ordered
	 */
	protected Instant resolved = RESOLVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getImpactStatement() <em>Impact Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpactStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPACT_STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImpactStatement() <em>Impact Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpactStatement()
	 * @generated
	 * @ordered
	 */
	protected String impactStatement = IMPACT_STATEMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IncidentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.INCIDENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INCIDENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Instant newStart) {
		Instant oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INCIDENT__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDetected() {
		return detected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetected(Instant newDetected) {
		Instant oldDetected = detected;
		detected = newDetected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INCIDENT__DETECTED, oldDetected, detected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getMitigated() {
		return mitigated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMitigated(Instant newMitigated) {
		Instant oldMitigated = mitigated;
		mitigated = newMitigated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INCIDENT__MITIGATED, oldMitigated, mitigated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getResolved() {
		return resolved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolved(Instant newResolved) {
		Instant oldResolved = resolved;
		resolved = newResolved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INCIDENT__RESOLVED, oldResolved, resolved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImpactStatement() {
		return impactStatement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpactStatement(String newImpactStatement) {
		String oldImpactStatement = impactStatement;
		impactStatement = newImpactStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.INCIDENT__IMPACT_STATEMENT, oldImpactStatement, impactStatement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.INCIDENT__TITLE:
				return getTitle();
			case FaultlinePackage.INCIDENT__START:
				return getStart();
			case FaultlinePackage.INCIDENT__DETECTED:
				return getDetected();
			case FaultlinePackage.INCIDENT__MITIGATED:
				return getMitigated();
			case FaultlinePackage.INCIDENT__RESOLVED:
				return getResolved();
			case FaultlinePackage.INCIDENT__IMPACT_STATEMENT:
				return getImpactStatement();
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
			case FaultlinePackage.INCIDENT__TITLE:
				setTitle((String)newValue);
				return;
			case FaultlinePackage.INCIDENT__START:
				setStart((Instant)newValue);
				return;
			case FaultlinePackage.INCIDENT__DETECTED:
				setDetected((Instant)newValue);
				return;
			case FaultlinePackage.INCIDENT__MITIGATED:
				setMitigated((Instant)newValue);
				return;
			case FaultlinePackage.INCIDENT__RESOLVED:
				setResolved((Instant)newValue);
				return;
			case FaultlinePackage.INCIDENT__IMPACT_STATEMENT:
				setImpactStatement((String)newValue);
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
			case FaultlinePackage.INCIDENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case FaultlinePackage.INCIDENT__START:
				setStart(START_EDEFAULT);
				return;
			case FaultlinePackage.INCIDENT__DETECTED:
				setDetected(DETECTED_EDEFAULT);
				return;
			case FaultlinePackage.INCIDENT__MITIGATED:
				setMitigated(MITIGATED_EDEFAULT);
				return;
			case FaultlinePackage.INCIDENT__RESOLVED:
				setResolved(RESOLVED_EDEFAULT);
				return;
			case FaultlinePackage.INCIDENT__IMPACT_STATEMENT:
				setImpactStatement(IMPACT_STATEMENT_EDEFAULT);
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
			case FaultlinePackage.INCIDENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case FaultlinePackage.INCIDENT__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case FaultlinePackage.INCIDENT__DETECTED:
				return DETECTED_EDEFAULT == null ? detected != null : !DETECTED_EDEFAULT.equals(detected);
			case FaultlinePackage.INCIDENT__MITIGATED:
				return MITIGATED_EDEFAULT == null ? mitigated != null : !MITIGATED_EDEFAULT.equals(mitigated);
			case FaultlinePackage.INCIDENT__RESOLVED:
				return RESOLVED_EDEFAULT == null ? resolved != null : !RESOLVED_EDEFAULT.equals(resolved);
			case FaultlinePackage.INCIDENT__IMPACT_STATEMENT:
				return IMPACT_STATEMENT_EDEFAULT == null ? impactStatement != null : !IMPACT_STATEMENT_EDEFAULT.equals(impactStatement);
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
		result.append(" (title: ");
		result.append(title);
		result.append(", start: ");
		result.append(start);
		result.append(", detected: ");
		result.append(detected);
		result.append(", mitigated: ");
		result.append(mitigated);
		result.append(", resolved: ");
		result.append(resolved);
		result.append(", impactStatement: ");
		result.append(impactStatement);
		result.append(')');
		return result.toString();
	}

} //IncidentImpl

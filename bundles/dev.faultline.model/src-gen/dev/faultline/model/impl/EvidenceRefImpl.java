/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.Evidence;
import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlinePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.EvidenceRefImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceRefImpl#getLine <em>Line</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceRefImpl#getByteOffset <em>Byte Offset</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceRefImpl#getRecordId <em>Record Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceRefImpl extends MinimalEObjectImpl.Container implements EvidenceRef {
	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected Evidence evidence;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final Long LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected Long line = LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getByteOffset() <em>Byte Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteOffset()
	 * @generated
	 * @ordered
	 */
	protected static final Long BYTE_OFFSET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getByteOffset() <em>Byte Offset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteOffset()
	 * @generated
	 * @ordered
	 */
	protected Long byteOffset = BYTE_OFFSET_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected static final String RECORD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordId() <em>Record Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordId()
	 * @generated
	 * @ordered
	 */
	protected String recordId = RECORD_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceRefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.EVIDENCE_REF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence getEvidence() {
		if (evidence != null && evidence.eIsProxy()) {
			InternalEObject oldEvidence = (InternalEObject)evidence;
			evidence = (Evidence)eResolveProxy(oldEvidence);
			if (evidence != oldEvidence) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FaultlinePackage.EVIDENCE_REF__EVIDENCE, oldEvidence, evidence));
			}
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Evidence basicGetEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(Evidence newEvidence) {
		Evidence oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE_REF__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(Long newLine) {
		Long oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE_REF__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getByteOffset() {
		return byteOffset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByteOffset(Long newByteOffset) {
		Long oldByteOffset = byteOffset;
		byteOffset = newByteOffset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE_REF__BYTE_OFFSET, oldByteOffset, byteOffset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecordId() {
		return recordId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordId(String newRecordId) {
		String oldRecordId = recordId;
		recordId = newRecordId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE_REF__RECORD_ID, oldRecordId, recordId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.EVIDENCE_REF__EVIDENCE:
				if (resolve) return getEvidence();
				return basicGetEvidence();
			case FaultlinePackage.EVIDENCE_REF__LINE:
				return getLine();
			case FaultlinePackage.EVIDENCE_REF__BYTE_OFFSET:
				return getByteOffset();
			case FaultlinePackage.EVIDENCE_REF__RECORD_ID:
				return getRecordId();
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
			case FaultlinePackage.EVIDENCE_REF__EVIDENCE:
				setEvidence((Evidence)newValue);
				return;
			case FaultlinePackage.EVIDENCE_REF__LINE:
				setLine((Long)newValue);
				return;
			case FaultlinePackage.EVIDENCE_REF__BYTE_OFFSET:
				setByteOffset((Long)newValue);
				return;
			case FaultlinePackage.EVIDENCE_REF__RECORD_ID:
				setRecordId((String)newValue);
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
			case FaultlinePackage.EVIDENCE_REF__EVIDENCE:
				setEvidence((Evidence)null);
				return;
			case FaultlinePackage.EVIDENCE_REF__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE_REF__BYTE_OFFSET:
				setByteOffset(BYTE_OFFSET_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE_REF__RECORD_ID:
				setRecordId(RECORD_ID_EDEFAULT);
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
			case FaultlinePackage.EVIDENCE_REF__EVIDENCE:
				return evidence != null;
			case FaultlinePackage.EVIDENCE_REF__LINE:
				return LINE_EDEFAULT == null ? line != null : !LINE_EDEFAULT.equals(line);
			case FaultlinePackage.EVIDENCE_REF__BYTE_OFFSET:
				return BYTE_OFFSET_EDEFAULT == null ? byteOffset != null : !BYTE_OFFSET_EDEFAULT.equals(byteOffset);
			case FaultlinePackage.EVIDENCE_REF__RECORD_ID:
				return RECORD_ID_EDEFAULT == null ? recordId != null : !RECORD_ID_EDEFAULT.equals(recordId);
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
		result.append(" (line: ");
		result.append(line);
		result.append(", byteOffset: ");
		result.append(byteOffset);
		result.append(", recordId: ");
		result.append(recordId);
		result.append(')');
		return result.toString();
	}

} //EvidenceRefImpl

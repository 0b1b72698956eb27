/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.EvidenceRef;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.RecordAnnotation;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Record Annotation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.RecordAnnotationImpl#getRecordId <em>Record Id</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RecordAnnotationImpl#getRecord <em>Record</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RecordAnnotationImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RecordAnnotationImpl#getComments <em>Comments</em>}</li>
 *   <li>{@link dev.faultline.model.impl.RecordAnnotationImpl#isStarred <em>Starred</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecordAnnotationImpl extends MinimalEObjectImpl.Container implements RecordAnnotation {
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
	 * The cached value of the '{@link #getRecord() <em>Record</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecord()
	 * @generated
	 * @ordered
	 */
	protected EvidenceRef record;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> comments;

	/**
	 * The default value of the '{@link #isStarred() <em>Starred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStarred()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STARRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStarred() <em>Starred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStarred()
	 * @generated
	 * @ordered
	 */
	protected boolean starred = STARRED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecordAnnotationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.RECORD_ANNOTATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.RECORD_ANNOTATION__RECORD_ID, oldRecordId, recordId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceRef getRecord() {
		return record;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRecord(EvidenceRef newRecord, NotificationChain msgs) {
		EvidenceRef oldRecord = record;
		record = newRecord;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FaultlinePackage.RECORD_ANNOTATION__RECORD, oldRecord, newRecord);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecord(EvidenceRef newRecord) {
		if (newRecord != record) {
			NotificationChain msgs = null;
			if (record != null)
				msgs = ((InternalEObject)record).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FaultlinePackage.RECORD_ANNOTATION__RECORD, null, msgs);
			if (newRecord != null)
				msgs = ((InternalEObject)newRecord).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FaultlinePackage.RECORD_ANNOTATION__RECORD, null, msgs);
			msgs = basicSetRecord(newRecord, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.RECORD_ANNOTATION__RECORD, newRecord, newRecord));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, FaultlinePackage.RECORD_ANNOTATION__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getComments() {
		if (comments == null) {
			comments = new EDataTypeUniqueEList<String>(String.class, this, FaultlinePackage.RECORD_ANNOTATION__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStarred() {
		return starred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarred(boolean newStarred) {
		boolean oldStarred = starred;
		starred = newStarred;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.RECORD_ANNOTATION__STARRED, oldStarred, starred));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FaultlinePackage.RECORD_ANNOTATION__RECORD:
				return basicSetRecord(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.RECORD_ANNOTATION__RECORD_ID:
				return getRecordId();
			case FaultlinePackage.RECORD_ANNOTATION__RECORD:
				return getRecord();
			case FaultlinePackage.RECORD_ANNOTATION__TAGS:
				return getTags();
			case FaultlinePackage.RECORD_ANNOTATION__COMMENTS:
				return getComments();
			case FaultlinePackage.RECORD_ANNOTATION__STARRED:
				return isStarred();
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
			case FaultlinePackage.RECORD_ANNOTATION__RECORD_ID:
				setRecordId((String)newValue);
				return;
			case FaultlinePackage.RECORD_ANNOTATION__RECORD:
				setRecord((EvidenceRef)newValue);
				return;
			case FaultlinePackage.RECORD_ANNOTATION__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case FaultlinePackage.RECORD_ANNOTATION__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends String>)newValue);
				return;
			case FaultlinePackage.RECORD_ANNOTATION__STARRED:
				setStarred((Boolean)newValue);
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
			case FaultlinePackage.RECORD_ANNOTATION__RECORD_ID:
				setRecordId(RECORD_ID_EDEFAULT);
				return;
			case FaultlinePackage.RECORD_ANNOTATION__RECORD:
				setRecord((EvidenceRef)null);
				return;
			case FaultlinePackage.RECORD_ANNOTATION__TAGS:
				getTags().clear();
				return;
			case FaultlinePackage.RECORD_ANNOTATION__COMMENTS:
				getComments().clear();
				return;
			case FaultlinePackage.RECORD_ANNOTATION__STARRED:
				setStarred(STARRED_EDEFAULT);
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
			case FaultlinePackage.RECORD_ANNOTATION__RECORD_ID:
				return RECORD_ID_EDEFAULT == null ? recordId != null : !RECORD_ID_EDEFAULT.equals(recordId);
			case FaultlinePackage.RECORD_ANNOTATION__RECORD:
				return record != null;
			case FaultlinePackage.RECORD_ANNOTATION__TAGS:
				return tags != null && !tags.isEmpty();
			case FaultlinePackage.RECORD_ANNOTATION__COMMENTS:
				return comments != null && !comments.isEmpty();
			case FaultlinePackage.RECORD_ANNOTATION__STARRED:
				return starred != STARRED_EDEFAULT;
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
		result.append(" (recordId: ");
		result.append(recordId);
		result.append(", tags: ");
		result.append(tags);
		result.append(", comments: ");
		result.append(comments);
		result.append(", starred: ");
		result.append(starred);
		result.append(')');
		return result.toString();
	}

} //RecordAnnotationImpl

/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlinePackage;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getOriginalName <em>Original Name</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getPath <em>Path</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getSize <em>Size</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getImporter <em>Importer</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getImportedBy <em>Imported By</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getReadZone <em>Read Zone</em>}</li>
 *   <li>{@link dev.faultline.model.impl.EvidenceImpl#getReadYear <em>Read Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceImpl extends MinimalEObjectImpl.Container implements Evidence {
	/**
	 * The default value of the '{@link #getOriginalName() <em>Original Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalName()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalName() <em>Original Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalName()
	 * @generated
	 * @ordered
	 */
	protected String originalName = ORIGINAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected static final String MEDIA_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMediaType() <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaType()
	 * @generated
	 * @ordered
	 */
	protected String mediaType = MEDIA_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getImporter() <em>Importer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImporter()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImporter() <em>Importer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImporter()
	 * @generated
	 * @ordered
	 */
	protected String importer = IMPORTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedBy() <em>Imported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPORTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedBy() <em>Imported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedBy()
	 * @generated
	 * @ordered
	 */
	protected String importedBy = IMPORTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadZone() <em>Read Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadZone()
	 * @generated
	 * @ordered
	 */
	protected static final String READ_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadZone() <em>Read Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadZone()
	 * @generated
	 * @ordered
	 */
	protected String readZone = READ_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadYear() <em>Read Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer READ_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReadYear() <em>Read Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadYear()
	 * @generated
	 * @ordered
	 */
	protected Integer readYear = READ_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalName() {
		return originalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalName(String newOriginalName) {
		String oldOriginalName = originalName;
		originalName = newOriginalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__ORIGINAL_NAME, oldOriginalName, originalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256() {
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256) {
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(long newSize) {
		long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMediaType() {
		return mediaType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMediaType(String newMediaType) {
		String oldMediaType = mediaType;
		mediaType = newMediaType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__MEDIA_TYPE, oldMediaType, mediaType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImporter() {
		return importer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImporter(String newImporter) {
		String oldImporter = importer;
		importer = newImporter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__IMPORTER, oldImporter, importer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Instant newImportedAt) {
		Instant oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImportedBy() {
		return importedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedBy(String newImportedBy) {
		String oldImportedBy = importedBy;
		importedBy = newImportedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__IMPORTED_BY, oldImportedBy, importedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReadZone() {
		return readZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadZone(String newReadZone) {
		String oldReadZone = readZone;
		readZone = newReadZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__READ_ZONE, oldReadZone, readZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReadYear() {
		return readYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadYear(Integer newReadYear) {
		Integer oldReadYear = readYear;
		readYear = newReadYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.EVIDENCE__READ_YEAR, oldReadYear, readYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.EVIDENCE__ORIGINAL_NAME:
				return getOriginalName();
			case FaultlinePackage.EVIDENCE__PATH:
				return getPath();
			case FaultlinePackage.EVIDENCE__SHA256:
				return getSha256();
			case FaultlinePackage.EVIDENCE__SIZE:
				return getSize();
			case FaultlinePackage.EVIDENCE__MEDIA_TYPE:
				return getMediaType();
			case FaultlinePackage.EVIDENCE__IMPORTER:
				return getImporter();
			case FaultlinePackage.EVIDENCE__IMPORTED_AT:
				return getImportedAt();
			case FaultlinePackage.EVIDENCE__IMPORTED_BY:
				return getImportedBy();
			case FaultlinePackage.EVIDENCE__DESCRIPTION:
				return getDescription();
			case FaultlinePackage.EVIDENCE__READ_ZONE:
				return getReadZone();
			case FaultlinePackage.EVIDENCE__READ_YEAR:
				return getReadYear();
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
			case FaultlinePackage.EVIDENCE__ORIGINAL_NAME:
				setOriginalName((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__PATH:
				setPath((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__SHA256:
				setSha256((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__SIZE:
				setSize((Long)newValue);
				return;
			case FaultlinePackage.EVIDENCE__MEDIA_TYPE:
				setMediaType((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__IMPORTER:
				setImporter((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__IMPORTED_AT:
				setImportedAt((Instant)newValue);
				return;
			case FaultlinePackage.EVIDENCE__IMPORTED_BY:
				setImportedBy((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__READ_ZONE:
				setReadZone((String)newValue);
				return;
			case FaultlinePackage.EVIDENCE__READ_YEAR:
				setReadYear((Integer)newValue);
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
			case FaultlinePackage.EVIDENCE__ORIGINAL_NAME:
				setOriginalName(ORIGINAL_NAME_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__SHA256:
				setSha256(SHA256_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__MEDIA_TYPE:
				setMediaType(MEDIA_TYPE_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__IMPORTER:
				setImporter(IMPORTER_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__IMPORTED_BY:
				setImportedBy(IMPORTED_BY_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__READ_ZONE:
				setReadZone(READ_ZONE_EDEFAULT);
				return;
			case FaultlinePackage.EVIDENCE__READ_YEAR:
				setReadYear(READ_YEAR_EDEFAULT);
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
			case FaultlinePackage.EVIDENCE__ORIGINAL_NAME:
				return ORIGINAL_NAME_EDEFAULT == null ? originalName != null : !ORIGINAL_NAME_EDEFAULT.equals(originalName);
			case FaultlinePackage.EVIDENCE__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case FaultlinePackage.EVIDENCE__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
			case FaultlinePackage.EVIDENCE__SIZE:
				return size != SIZE_EDEFAULT;
			case FaultlinePackage.EVIDENCE__MEDIA_TYPE:
				return MEDIA_TYPE_EDEFAULT == null ? mediaType != null : !MEDIA_TYPE_EDEFAULT.equals(mediaType);
			case FaultlinePackage.EVIDENCE__IMPORTER:
				return IMPORTER_EDEFAULT == null ? importer != null : !IMPORTER_EDEFAULT.equals(importer);
			case FaultlinePackage.EVIDENCE__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case FaultlinePackage.EVIDENCE__IMPORTED_BY:
				return IMPORTED_BY_EDEFAULT == null ? importedBy != null : !IMPORTED_BY_EDEFAULT.equals(importedBy);
			case FaultlinePackage.EVIDENCE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FaultlinePackage.EVIDENCE__READ_ZONE:
				return READ_ZONE_EDEFAULT == null ? readZone != null : !READ_ZONE_EDEFAULT.equals(readZone);
			case FaultlinePackage.EVIDENCE__READ_YEAR:
				return READ_YEAR_EDEFAULT == null ? readYear != null : !READ_YEAR_EDEFAULT.equals(readYear);
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
		result.append(" (originalName: ");
		result.append(originalName);
		result.append(", path: ");
		result.append(path);
		result.append(", sha256: ");
		result.append(sha256);
		result.append(", size: ");
		result.append(size);
		result.append(", mediaType: ");
		result.append(mediaType);
		result.append(", importer: ");
		result.append(importer);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(", importedBy: ");
		result.append(importedBy);
		result.append(", description: ");
		result.append(description);
		result.append(", readZone: ");
		result.append(readZone);
		result.append(", readYear: ");
		result.append(readYear);
		result.append(')');
		return result.toString();
	}

} //EvidenceImpl

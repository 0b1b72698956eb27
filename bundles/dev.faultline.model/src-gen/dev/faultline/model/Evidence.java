/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An imported evidence file, copied read-only into the evidence folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.Evidence#getOriginalName <em>Original Name</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getPath <em>Path</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getSize <em>Size</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getImporter <em>Importer</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getImportedBy <em>Imported By</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getReadZone <em>Read Zone</em>}</li>
 *   <li>{@link dev.faultline.model.Evidence#getReadYear <em>Read Year</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Original Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name as imported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Name</em>' attribute.
	 * @see #setOriginalName(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_OriginalName()
	 * @model
	 * @generated
	 */
	String getOriginalName();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getOriginalName <em>Original Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Name</em>' attribute.
	 * @see #getOriginalName()
	 * @generated
	 */
	void setOriginalName(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path inside the evidence folder, with / separators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the copy, lower-case hex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_Size()
	 * @model
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Media type, e.g. text/plain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see #setMediaType(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_MediaType()
	 * @model
	 * @generated
	 */
	String getMediaType();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(String value);

	/**
	 * Returns the value of the '<em><b>Importer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Importer that read it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importer</em>' attribute.
	 * @see #setImporter(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_Importer()
	 * @model
	 * @generated
	 */
	String getImporter();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getImporter <em>Importer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importer</em>' attribute.
	 * @see #getImporter()
	 * @generated
	 */
	void setImporter(String value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was imported (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_ImportedAt()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getImportedAt();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Imported By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who imported it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imported By</em>' attribute.
	 * @see #setImportedBy(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_ImportedBy()
	 * @model
	 * @generated
	 */
	String getImportedBy();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getImportedBy <em>Imported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported By</em>' attribute.
	 * @see #getImportedBy()
	 * @generated
	 */
	void setImportedBy(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the file is and where it came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Read Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Zone the file's timestamps written without one were read in (import --zone), e.g. Europe/Berlin; unset means UTC. Reading the file again (index rebuild) uses it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Zone</em>' attribute.
	 * @see #setReadZone(String)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_ReadZone()
	 * @model
	 * @generated
	 */
	String getReadZone();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getReadZone <em>Read Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Zone</em>' attribute.
	 * @see #getReadZone()
	 * @generated
	 */
	void setReadZone(String value);

	/**
	 * Returns the value of the '<em><b>Read Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Year given for the file's timestamps written without one (import --year; RFC 3164 syslog), or unset. Reading the file again (index rebuild) uses it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Read Year</em>' attribute.
	 * @see #setReadYear(Integer)
	 * @see dev.faultline.model.FaultlinePackage#getEvidence_ReadYear()
	 * @model
	 * @generated
	 */
	Integer getReadYear();

	/**
	 * Sets the value of the '{@link dev.faultline.model.Evidence#getReadYear <em>Read Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Read Year</em>' attribute.
	 * @see #getReadYear()
	 * @generated
	 */
	void setReadYear(Integer value);

} // Evidence
